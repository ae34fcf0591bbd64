"""Reads a 修改对照表 back with python-docx and prints, as JSON, each table cell's paragraphs as
runs with the marks a reader sees (w:b, w:u, w:strike), plus the page setup.
Usage: /usr/bin/python3 read_comparison.py FILE.docx"""
import json
import sys

import docx
from docx.oxml.ns import qn


def flag(rpr, tag):
    if rpr is None:
        return False
    el = rpr.find(qn(tag))
    if el is None:
        return False
    val = el.get(qn("w:val"))
    return val not in ("0", "false", "none")


def run_info(r):
    rpr = r.find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    return {
        "text": "".join(t.text or "" for t in r.iter(qn("w:t"))),
        "b": flag(rpr, "w:b"),
        "u": flag(rpr, "w:u"),
        "strike": flag(rpr, "w:strike"),
        "eastAsia": fonts.get(qn("w:eastAsia")) if fonts is not None else None,
    }


def cell_info(tc):
    return [[run_info(r) for r in p.iter(qn("w:r"))] for p in tc.iter(qn("w:p"))]


def main(path):
    d = docx.Document(path)
    s = d.sections[0]
    mar = s._sectPr.find(qn("w:pgMar"))
    print(json.dumps({
        "orientation": "landscape" if s.orientation == 1 else "portrait",
        "pgMar": {k: mar.get(qn("w:" + k)) for k in ("top", "bottom", "left", "right")},
        "paragraphs": [p.text for p in d.paragraphs],
        "tables": [
            [{"header": tr.trPr is not None and tr.trPr.find(qn("w:tblHeader")) is not None,
              "cells": [cell_info(tc) for tc in tr.tc_lst]} for tr in t._tbl.tr_lst]
            for t in d.tables
        ],
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
