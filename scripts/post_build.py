#!/usr/bin/env python3
"""Trunk post-build hook, on the staged build ($TRUNK_STAGING_DIR):

1. puts the SHA-256 of each inline <script> (Trunk's wasm loader) into
   index.html's Content-Security-Policy, so it needs no 'unsafe-inline';
2. writes sw.js, the service worker that keeps the app working offline,
   with the list of this build's files and a cache name derived from them,
   so a new version replaces the old cache on the next online visit."""
import base64
import hashlib
import json
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR", "dist")
path = os.path.join(staging, "index.html")
html = open(path, encoding="utf-8").read()
scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.S)
hashes = " ".join(
    "'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode()
    for s in scripts
)
if "'inline-script-hashes'" not in html:
    sys.exit("scripts/post_build.py: index.html has no 'inline-script-hashes' placeholder in its CSP")
html = html.replace("'inline-script-hashes'", hashes)
open(path, "w", encoding="utf-8").write(html)

files = sorted(
    f for f in os.listdir(staging)
    if os.path.isfile(os.path.join(staging, f)) and f not in ("sw.js", "index.html")
)
version = hashlib.sha256((html + "\n".join(files)).encode("utf-8")).hexdigest()[:16]
template = open(os.path.join(os.path.dirname(__file__), "..", "sw.template.js"), encoding="utf-8").read()
sw = template.replace("__VERSION__", version).replace("__FILES__", json.dumps(["./"] + files))
open(os.path.join(staging, "sw.js"), "w", encoding="utf-8").write(sw)
