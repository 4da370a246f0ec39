#!/usr/bin/python3
"""Makes the bundled chart and PDF faces from Debian's Noto packages (fonts-noto-core, fonts-noto-cjk).

Run from the repository root after adding Chinese or Arabic text to a message file:
    /usr/bin/python3 reports/fonts/subset.py
It needs Debian's python3-fonttools. The subsets are deterministic (fixed timestamps), so running it
twice gives the same bytes; the test `every_character_of_the_report_messages_has_a_glyph` fails when a
message uses a character the subsets lack.
"""
import glob
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ARABIC = "/usr/share/fonts/truetype/noto/NotoSansArabic-{}.ttf"
CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-{}.ttc"
CJK_SC = 2  # the Simplified Chinese face of the collection


def gb2312_level1():
    """The 3,755 most common Chinese characters: level 1 of GB 2312 (rows 0xB0-0xD7)."""
    out = []
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                out.append(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return out


def message_chars(lang):
    """Every character of the report's message file of the language (the interface's text is drawn by the
    reader's own fonts, so it does not change the faces)."""
    chars = set()
    for path in glob.glob(os.path.join(ROOT, "i18n", "messages", "report", f"{lang}.ftl")):
        with open(path, encoding="utf-8") as f:
            chars.update(f.read())
    return {c for c in chars if ord(c) >= 0x20}


def ranges(*spans):
    return [cp for a, b in spans for cp in range(a, b + 1)]


def make(source, out, unicodes, number=None):
    options = subset.Options()
    options.layout_features = ["*"]  # shaping (Arabic joining, ligatures, marks) needs every feature
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = False
    options.font_number = number if number is not None else -1
    font = TTCollection(source).fonts[number] if number is not None else TTFont(source)
    sub = subset.Subsetter(options)
    sub.populate(unicodes=sorted(set(unicodes)))
    sub.subset(font)
    # Fixed dates: the same input gives the same bytes.
    font.recalcTimestamp = False
    font.save(out, reorderTables=True)
    print(f"{os.path.relpath(out, ROOT)}: {os.path.getsize(out)} bytes, {len(set(unicodes))} code points asked")


def main():
    latin = ranges((0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x20AC, 0x20AC))
    arabic = ranges((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
    arabic += [ord(c) for c in message_chars("ar")]
    for weight in ("Regular", "Bold"):
        make(ARABIC.format(weight), os.path.join(HERE, f"NotoSansArabic-{weight}.ttf"), latin + arabic)
    cjk = ranges((0x3000, 0x303F), (0xFF00, 0xFFEF)) + [ord(c) for c in gb2312_level1()]
    cjk += [ord(c) for c in message_chars("zh")]
    for weight in ("Regular", "Bold"):
        make(CJK.format(weight), os.path.join(HERE, f"NotoSansSC-{weight}.otf"), latin + cjk, CJK_SC)


if __name__ == "__main__":
    sys.exit(main())
