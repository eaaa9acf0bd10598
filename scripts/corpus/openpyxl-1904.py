"""Part of the LAA Monitor corpus (scripts/build-corpus.js): the sample workbook opened and saved by
openpyxl (Debian's python3-openpyxl), as another tool writes it: the 1904 date system, notes written
by openpyxl (its own VML), and a date cell. Usage: python3 openpyxl-1904.py <in.xlsx> <out.xlsx>"""
import datetime
import sys

from openpyxl import load_workbook
from openpyxl.comments import Comment
from openpyxl.utils.datetime import CALENDAR_MAC_1904

wb = load_workbook(sys.argv[1])
wb.epoch = CALENDAR_MAC_1904
ws = wb["LAA"]
ws["B6"].comment = Comment("Survey method unchanged since 2006/07.", "Priya Shah")
ws["C12"].comment = Comment("Baseline re-stated after the boundary change.", "Tom Reed")
ws["A3"] = datetime.datetime(2010, 3, 31)
ws["A3"].number_format = "dd/mm/yyyy"
wb.properties.creator = "Northshire performance team"
wb.properties.created = datetime.datetime(2010, 6, 30)
wb.properties.modified = datetime.datetime(2010, 6, 30)
wb.save(sys.argv[2])
