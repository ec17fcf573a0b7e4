#!/usr/bin/env python3
"""Trunk post-build hook: put the SHA-256 of each inline <script> (Trunk's
wasm loader) into index.html's Content-Security-Policy, so the policy needs
no 'unsafe-inline'. Runs on the staged index.html ($TRUNK_STAGING_DIR)."""
import base64
import hashlib
import os
import re
import sys

path = os.path.join(os.environ.get("TRUNK_STAGING_DIR", "dist"), "index.html")
html = open(path, encoding="utf-8").read()
scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.S)
hashes = " ".join(
    "'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode()
    for s in scripts
)
if "'inline-script-hashes'" not in html:
    sys.exit("scripts/csp.py: index.html has no 'inline-script-hashes' placeholder in its CSP")
html = html.replace("'inline-script-hashes'", hashes)
open(path, "w", encoding="utf-8").write(html)
