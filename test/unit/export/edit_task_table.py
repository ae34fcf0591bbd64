"""Edits an exported 任务分工表 as a drafter does in Word or LibreOffice, then saves it: one
measure cell grown by three lines, and the table fonts enlarged. Usage:
/usr/bin/python3 edit_task_table.py IN.docx OUT.docx ROW PT
ROW: the table row (0 = header) whose 具体措施 cell grows; PT: the new table font size."""
import sys

import docx
from docx.shared import Pt

src, out, row, size = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
d = docx.Document(src)
table = d.tables[0]
cells = table.rows[row].cells
# the 具体措施 column: the widest one
widths = [int(c.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}w")) for c in table._tbl.tblGrid]
cell = cells[widths.index(max(widths))]
for line in ("补充：一、增加一行说明文字。", "补充：二、再增加一行说明文字。", "补充：三、第三行说明文字。"):
    cell.add_paragraph(line, style=cell.paragraphs[0].style)
# the drafter selects the table and picks a larger size: every run gets it
for r in table.rows:
    for c in r.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.font.size = Pt(size)
d.save(out)
