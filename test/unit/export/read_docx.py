"""Reads an exported .docx the way Word-compatible software does (python-docx) and prints
what the export tests assert on, as JSON. Usage: /usr/bin/python3 read_docx.py FILE.docx"""
import json
import sys

import docx
from docx.oxml.ns import qn

W_VAL = qn("w:val")


def attrs(element, names):
    if element is None:
        return None
    return {name: element.get(qn("w:" + name)) for name in names if element.get(qn("w:" + name)) is not None}


def run_info(r):
    rpr = r._element.rPr
    fonts = rpr.rFonts if rpr is not None else None
    spacing = rpr.find(qn("w:spacing")) if rpr is not None else None
    return {
        "text": r.text,
        "eastAsia": fonts.get(qn("w:eastAsia")) if fonts is not None else None,
        "ascii": fonts.get(qn("w:ascii")) if fonts is not None else None,
        "hAnsi": fonts.get(qn("w:hAnsi")) if fonts is not None else None,
        "cs": fonts.get(qn("w:cs")) if fonts is not None else None,
        "sizePt": r.font.size.pt if r.font.size is not None else None,
        "bold": bool(r.font.bold),
        # Character spacing in twips (negative = condensed), None when not set.
        "charSpacing": spacing.get(W_VAL) if spacing is not None else None,
    }


def paragraph_info(p):
    ppr = p._p.pPr
    return {
        "text": p.text,
        "style": p.style.name if p.style is not None else None,
        "alignment": ppr.find(qn("w:jc")).get(W_VAL) if ppr is not None and ppr.find(qn("w:jc")) is not None else None,
        "indent": attrs(ppr.find(qn("w:ind")) if ppr is not None else None, ["firstLine", "firstLineChars", "left", "right"]),
        "spacing": attrs(ppr.find(qn("w:spacing")) if ppr is not None else None, ["line", "lineRule", "before", "after"]),
        "runs": [run_info(r) for r in p.runs],
    }


def footer_info(footer):
    xml = footer._element.xml
    paragraphs = footer.paragraphs
    return {
        "linked": footer.is_linked_to_previous,
        "hasPageField": "PAGE" in "".join(t.text or "" for t in footer._element.iter(qn("w:instrText"))),
        "text": "".join(p.text for p in paragraphs),
        "xmlLength": len(xml),
        "paragraphs": [paragraph_info(p) for p in paragraphs],
    }


def section_info(s):
    sect = s._sectPr
    grid = sect.find(qn("w:docGrid"))
    return {
        # Raw twips from the XML, so the test compares the exact numbers written.
        "pgSz": attrs(sect.find(qn("w:pgSz")), ["w", "h", "orient"]),
        "pgMar": attrs(sect.find(qn("w:pgMar")), ["top", "bottom", "left", "right", "header", "footer", "gutter"]),
        "docGrid": attrs(grid, ["type", "linePitch", "charSpace"]),
        # python-docx's own reading, in EMU (1 twip = 635 EMU).
        "emu": {
            "width": s.page_width, "height": s.page_height,
            "top": s.top_margin, "bottom": s.bottom_margin, "left": s.left_margin, "right": s.right_margin,
        },
        "orientation": "landscape" if s.orientation == 1 else "portrait",
        "defaultFooter": footer_info(s.footer),
        "evenFooter": footer_info(s.even_page_footer),
    }


def cell_info(tc):
    tcpr = tc.tcPr
    vmerge = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
    text = "".join(t.text or "" for t in tc.iter(qn("w:t")))
    fonts = [r.get(qn("w:eastAsia")) for r in tc.iter(qn("w:rFonts"))]
    return {
        "text": text,
        # A bare <w:vMerge/> means continue.
        "vMerge": None if vmerge is None else (vmerge.get(W_VAL) or "continue"),
        "eastAsia": fonts[0] if fonts else None,
    }


def table_info(t):
    rows = []
    for tr in t._tbl.tr_lst:
        trpr = tr.trPr
        rows.append({
            "header": trpr is not None and trpr.find(qn("w:tblHeader")) is not None,
            "cells": [cell_info(tc) for tc in tr.tc_lst],
        })
    return {"rows": rows}


def bookmarks(body):
    """Each bookmark name with the text between its start and its end, in document order."""
    open_ids, names, found = {}, {}, {}
    for el in body.iter():
        if el.tag == qn("w:bookmarkStart"):
            bid = el.get(qn("w:id"))
            names[bid] = el.get(qn("w:name"))
            open_ids[bid] = []
        elif el.tag == qn("w:bookmarkEnd"):
            bid = el.get(qn("w:id"))
            if bid in open_ids:
                found[names[bid]] = "".join(open_ids.pop(bid))
        elif el.tag == qn("w:t"):
            for parts in open_ids.values():
                parts.append(el.text or "")
    return found


def main(path):
    d = docx.Document(path)
    settings = d.settings.element
    print(json.dumps({
        "sections": [section_info(s) for s in d.sections],
        "settings": {"evenAndOddHeaders": settings.find(qn("w:evenAndOddHeaders")) is not None},
        "paragraphs": [paragraph_info(p) for p in d.paragraphs],
        "tables": [table_info(t) for t in d.tables],
        "bookmarks": bookmarks(d.element.body),
        "defaultsEastAsia": [
            f.get(qn("w:eastAsia")) for f in d.styles.element.iter(qn("w:rFonts"))
            if f.getparent().getparent() is not None and f.getparent().getparent().tag == qn("w:rPrDefault")
        ],
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
