#!/usr/bin/env python3
"""Fills partnerdesk_en.ts after lupdate: English is the source language, so every translation is its
source text, and numerus messages get a singular and a plural form ("%n partner(s)" -> "%n partner",
"%n partners"; "%n match(es)" -> "%n match", "%n matches"). Run after `cmake --build --preset default --target update_translations`."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/partnerdesk_en.ts"
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        for form in (re.sub(r"\((e?s)\)", "", source), re.sub(r"\((e?s)\)", r"\1", source)):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = source
with open(path, "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    out.write(ET.tostring(tree.getroot(), encoding="unicode"))
    out.write("\n")
