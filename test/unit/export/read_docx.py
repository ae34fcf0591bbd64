"""Reads an exported .docx the way Word-compatible software does (python-docx) and prints
what the export tests assert on, as JSON. Usage: /usr/bin/python3 read_docx.py FILE.docx

Formatting is reported as Word resolves it, not as written on the run: document defaults, then
the paragraph style and the styles it is based on, then the run's character style and its
bases, then the run's own properties. A paragraph without a style reference gets the default
paragraph style (w:default). Bold is a toggle property: a bold character style in a bold
paragraph style is not bold, and a style's "not bold" leaves bold as it was; only a run's own
w:b sets it outright (ECMA-376 part 1, 17.7.3)."""
import json
import sys

import docx
from docx.oxml.ns import qn

W_VAL = qn("w:val")
FONT_SLOTS = ["ascii", "hAnsi", "eastAsia", "cs"]
IND_KEYS = ["firstLine", "firstLineChars", "left", "right", "hanging", "hangingChars", "start", "end"]
SPACING_KEYS = ["line", "lineRule", "before", "after"]


def attrs(element, names):
    if element is None:
        return None
    return {name: element.get(qn("w:" + name)) for name in names if element.get(qn("w:" + name)) is not None}


def on_off(element):
    """A CT_OnOff element's value: absent val means on."""
    if element is None:
        return None
    return element.get(W_VAL) not in ("0", "false", "off")


def run_props(rpr):
    """The run properties an rPr sets, each only if it is there."""
    out = {}
    if rpr is None:
        return out
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is not None:
        for slot in FONT_SLOTS:
            if fonts.get(qn("w:" + slot)) is not None:
                out[slot] = fonts.get(qn("w:" + slot))
    sz = rpr.find(qn("w:sz"))
    if sz is not None:
        out["sizePt"] = int(sz.get(W_VAL)) / 2
    b = rpr.find(qn("w:b"))
    if b is not None:
        out["bold"] = on_off(b)
    spacing = rpr.find(qn("w:spacing"))
    if spacing is not None:
        out["charSpacing"] = spacing.get(W_VAL)
    return out


def paragraph_props(ppr):
    """The paragraph properties a pPr sets; w:ind and w:spacing attribute by attribute."""
    out = {}
    if ppr is None:
        return out
    jc = ppr.find(qn("w:jc"))
    if jc is not None:
        out["alignment"] = jc.get(W_VAL)
    for key in ["keepNext", "widowControl"]:
        element = ppr.find(qn("w:" + key))
        if element is not None:
            out[key] = on_off(element)
    ind = attrs(ppr.find(qn("w:ind")), IND_KEYS)
    if ind:
        out["indent"] = ind
    spacing = attrs(ppr.find(qn("w:spacing")), SPACING_KEYS)
    if spacing:
        out["spacing"] = spacing
    return out


def merge_paragraph(into, props):
    for key, value in props.items():
        if key in ("indent", "spacing"):
            into[key] = {**(into.get(key) or {}), **value}
        else:
            into[key] = value


class StyleSheet:
    def __init__(self, document):
        root = document.styles.element
        self.styles = {}
        self.default_paragraph = None
        for s in root.iter(qn("w:style")):
            sid = s.get(qn("w:styleId"))
            based = s.find(qn("w:basedOn"))
            name = s.find(qn("w:name"))
            entry = {
                "id": sid,
                "type": s.get(qn("w:type")),
                "name": name.get(W_VAL) if name is not None else None,
                "basedOn": based.get(W_VAL) if based is not None else None,
                "default": s.get(qn("w:default")) in ("1", "true", "on"),
                "run": run_props(s.find(qn("w:rPr"))),
                "paragraph": paragraph_props(s.find(qn("w:pPr"))),
            }
            self.styles[sid] = entry
            if entry["type"] == "paragraph" and entry["default"]:
                self.default_paragraph = sid
        defaults = root.find(qn("w:docDefaults"))
        rpr_default = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
        ppr_default = defaults.find(qn("w:pPrDefault")) if defaults is not None else None
        self.run_defaults = run_props(rpr_default.find(qn("w:rPr")) if rpr_default is not None else None)
        self.paragraph_defaults = paragraph_props(ppr_default.find(qn("w:pPr")) if ppr_default is not None else None)
        self.defaults_east_asia = [
            f.get(qn("w:eastAsia")) for f in root.iter(qn("w:rFonts"))
            if f.getparent().getparent() is not None and f.getparent().getparent().tag == qn("w:rPrDefault")
        ]

    def chain(self, sid, kind):
        """The style and the styles it is based on, base first."""
        out, seen = [], set()
        while sid is not None and sid in self.styles and sid not in seen and self.styles[sid]["type"] == kind:
            seen.add(sid)
            out.append(self.styles[sid])
            sid = self.styles[sid]["basedOn"]
        return list(reversed(out))

    def chain_run(self, sid, kind):
        props = {}
        for style in self.chain(sid, kind):
            props.update(style["run"])
        return props

    def paragraph_style_id(self, ppr):
        pstyle = ppr.find(qn("w:pStyle")) if ppr is not None else None
        return pstyle.get(W_VAL) if pstyle is not None else self.default_paragraph

    def effective_paragraph(self, ppr):
        props = {}
        merge_paragraph(props, self.paragraph_defaults)
        for style in self.chain(self.paragraph_style_id(ppr), "paragraph"):
            merge_paragraph(props, style["paragraph"])
        merge_paragraph(props, paragraph_props(ppr))
        return props

    def effective_run(self, r_element, ppr):
        rpr = r_element.find(qn("w:rPr"))
        rstyle = rpr.find(qn("w:rStyle")) if rpr is not None else None
        paragraph_style = self.chain_run(self.paragraph_style_id(ppr), "paragraph")
        character_style = self.chain_run(rstyle.get(W_VAL) if rstyle is not None else None, "character")
        direct = run_props(rpr)
        props = {**self.run_defaults, **paragraph_style, **character_style, **direct}
        bold = bool(self.run_defaults.get("bold"))
        if "bold" in paragraph_style:
            bold = paragraph_style["bold"]
        if character_style.get("bold"):
            bold = not bold
        if "bold" in direct:
            bold = direct["bold"]
        props["bold"] = bold
        return props


def run_info(sheet, r_element, ppr):
    props = sheet.effective_run(r_element, ppr)
    rpr = r_element.find(qn("w:rPr"))
    return {
        "text": "".join(t.text or "" for t in r_element.iter(qn("w:t"))),
        "eastAsia": props.get("eastAsia"),
        "ascii": props.get("ascii"),
        "hAnsi": props.get("hAnsi"),
        "cs": props.get("cs"),
        "sizePt": props.get("sizePt"),
        "bold": props["bold"],
        # Character spacing in twips (negative = condensed), None when not set anywhere.
        "charSpacing": props.get("charSpacing"),
        # What the run itself writes in its rPr, by element name: [] for a run that is all style.
        "own": [] if rpr is None else [child.tag.split("}")[1] for child in rpr],
    }


def paragraph_info(sheet, p):
    ppr = p._p.pPr
    props = sheet.effective_paragraph(ppr)
    sid = sheet.paragraph_style_id(ppr)
    return {
        "text": p.text,
        "style": sheet.styles[sid]["name"] if sid in sheet.styles else None,
        "styleId": sid,
        "alignment": props.get("alignment"),
        "indent": props.get("indent"),
        "spacing": props.get("spacing"),
        "keepNext": bool(props.get("keepNext")),
        # What the paragraph itself writes in its pPr besides the style reference.
        "own": [] if ppr is None else [c.tag.split("}")[1] for c in ppr if c.tag != qn("w:pStyle")],
        "runs": [run_info(sheet, r._element, ppr) for r in p.runs],
    }


def footer_info(sheet, footer):
    xml = footer._element.xml
    paragraphs = footer.paragraphs
    return {
        "linked": footer.is_linked_to_previous,
        "hasPageField": "PAGE" in "".join(t.text or "" for t in footer._element.iter(qn("w:instrText"))),
        "text": "".join(p.text for p in paragraphs),
        "xmlLength": len(xml),
        "paragraphs": [paragraph_info(sheet, p) for p in paragraphs],
    }


def section_info(sheet, s):
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
        "defaultFooter": footer_info(sheet, s.footer),
        "evenFooter": footer_info(sheet, s.even_page_footer),
    }


def cell_info(sheet, tc):
    tcpr = tc.tcPr
    vmerge = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
    text = "".join(t.text or "" for t in tc.iter(qn("w:t")))
    runs = []
    for p in tc.iter(qn("w:p")):
        ppr = p.find(qn("w:pPr"))
        runs.extend(sheet.effective_run(r, ppr) for r in p.iter(qn("w:r")) if r.find(qn("w:t")) is not None)
    first = runs[0] if runs else {}
    span = tcpr.find(qn("w:gridSpan")) if tcpr is not None else None
    return {
        "text": text,
        "span": int(span.get(W_VAL)) if span is not None else 1,
        # A bare <w:vMerge/> means continue.
        "vMerge": None if vmerge is None else (vmerge.get(W_VAL) or "continue"),
        "eastAsia": first.get("eastAsia"),
        "sizePt": first.get("sizePt"),
        "bold": first.get("bold"),
        # Every run of the cell, so a test can check all of them, not just the first.
        "runFonts": [[r.get(slot) for slot in FONT_SLOTS] for r in runs],
    }


def table_info(sheet, t):
    rows = []
    for tr in t._tbl.tr_lst:
        trpr = tr.trPr
        rows.append({
            "header": trpr is not None and trpr.find(qn("w:tblHeader")) is not None,
            "cantSplit": trpr is not None and on_off(trpr.find(qn("w:cantSplit"))) is True,
            "cells": [cell_info(sheet, tc) for tc in tr.tc_lst],
        })
    grid = t._tbl.tblGrid
    widths = [int(c.get(qn("w:w"))) for c in grid.iter(qn("w:gridCol"))] if grid is not None else []
    return {"rows": rows, "widths": widths}


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
    sheet = StyleSheet(d)
    settings = d.settings.element
    print(json.dumps({
        "sections": [section_info(sheet, s) for s in d.sections],
        "settings": {"evenAndOddHeaders": settings.find(qn("w:evenAndOddHeaders")) is not None},
        "paragraphs": [paragraph_info(sheet, p) for p in d.paragraphs],
        "tables": [table_info(sheet, t) for t in d.tables],
        "bookmarks": bookmarks(d.element.body),
        "defaultsEastAsia": sheet.defaults_east_asia,
        "defaultParagraphStyle": sheet.default_paragraph,
        "styles": list(sheet.styles.values()),
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
