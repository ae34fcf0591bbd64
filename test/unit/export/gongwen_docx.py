"""Reads what python-docx does not model but a 公文 reviewer checks, as JSON: the outline level
and widow control each paragraph style sets, the font table's alternative names, the document
properties, each paragraph's text with its line breaks (w:br as "\\n") and the text of every
table cell. Usage: /usr/bin/python3 gongwen_docx.py FILE.docx"""
import json
import sys

import docx
from docx.oxml.ns import qn

W_VAL = qn("w:val")


def on_off(element):
    if element is None:
        return None
    return element.get(W_VAL) not in ("0", "false", "off")


def main(path):
    document = docx.Document(path)
    styles = {}
    for style in document.styles.element.findall(qn("w:style")):
        ppr = style.find(qn("w:pPr"))
        outline = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
        widow = ppr.find(qn("w:widowControl")) if ppr is not None else None
        name = style.find(qn("w:name"))
        styles[style.get(qn("w:styleId"))] = {
            "name": name.get(W_VAL) if name is not None else None,
            "outlineLvl": int(outline.get(W_VAL)) if outline is not None else None,
            "widowControl": on_off(widow),
        }
    fonts = []
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/fontTable"):
            from lxml import etree

            root = etree.fromstring(rel.target_part.blob)
            for font in root.findall(qn("w:font")):
                alt = font.find(qn("w:altName"))
                charset = font.find(qn("w:charset"))
                fonts.append(
                    {
                        "name": font.get(qn("w:name")),
                        "altName": alt.get(W_VAL) if alt is not None else None,
                        "charset": charset.get(W_VAL) if charset is not None else None,
                    }
                )
    props = document.core_properties
    body = document.element.body
    paragraphs = []
    for p in body.iter(qn("w:p")):
        # text with explicit line breaks; paragraphs inside tables too, in document order
        text = ""
        for node in p.iter(qn("w:t"), qn("w:br")):
            text += "\n" if node.tag == qn("w:br") else (node.text or "")
        ppr = p.find(qn("w:pPr"))
        style = ppr.find(qn("w:pStyle")) if ppr is not None else None
        in_table = p.getparent().tag == qn("w:tc")
        paragraphs.append({"text": text, "style": style.get(W_VAL) if style is not None else None, "inTable": in_table})
    tables = []
    for t in document.tables:
        rows = []
        for tr in t._tbl.findall(qn("w:tr")):
            cells = []
            for tc in tr.findall(qn("w:tc")):
                tcpr = tc.find(qn("w:tcPr"))
                width = tcpr.find(qn("w:tcW")) if tcpr is not None else None
                merge = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
                cells.append(
                    {
                        "text": "".join(n.text or "" for n in tc.iter(qn("w:t"))),
                        "width": int(width.get(qn("w:w"))) if width is not None else None,
                        "vMerge": (merge.get(W_VAL) or "continue") if merge is not None else None,
                    }
                )
            trpr = tr.find(qn("w:trPr"))
            header = trpr is not None and trpr.find(qn("w:tblHeader")) is not None
            cant_split = trpr is not None and trpr.find(qn("w:cantSplit")) is not None
            rows.append({"header": header, "cantSplit": cant_split, "cells": cells})
        tables.append(rows)
    print(
        json.dumps(
            {
                "styles": styles,
                "fonts": fonts,
                "properties": {"author": props.author, "title": props.title, "lastModifiedBy": props.last_modified_by},
                "paragraphs": paragraphs,
                "tables": tables,
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
