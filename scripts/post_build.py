#!/usr/bin/env python3
"""Trunk post-build hook, on the staged build ($TRUNK_STAGING_DIR):

1. puts the first screen into index.html: the app's own components render
   it natively for the built-in data (src/bin/prerender.rs), so the nine
   readings paint before the wasm has arrived; with the built-in data's
   fingerprint, by which boot.js (put inline) tells a plain visit from one
   with the user's own work;
2. joins the stylesheets into one file, so the first paint waits for one
   request, not six;
3. has Trunk's loader fetch and start the wasm only after that first paint;
4. puts the SHA-256 of each inline <script> (Trunk's wasm loader) into
   index.html's Content-Security-Policy, so it needs no 'unsafe-inline';
5. writes sw.js, the service worker that keeps the app working offline,
   with the list of this build's files to cache when it installs and a cache
   name derived from their contents, so a new version replaces the old cache
   on the next online visit. The import worker is not in that list: it is
   cached when first used, or when the page has been idle (boot.js)."""
import base64
import hashlib
import json
import os
import re
import subprocess
import sys

staging = os.environ.get("TRUNK_STAGING_DIR", "dist")
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
path = os.path.join(staging, "index.html")
html = open(path, encoding="utf-8").read()


def fail(why):
    sys.exit("scripts/post_build.py: " + why)


def prerender(*args):
    # The debug build: the native tests have already built it (scripts/test).
    out = subprocess.run(
        ["cargo", "run", "--quiet", "--locked", "--bin", "prerender", "--", *args],
        cwd=root, capture_output=True, text=True,
    )
    if out.returncode != 0:
        fail("the prerender step failed:\n" + out.stderr)
    return out.stdout


# 1. The first screen.
if "<!-- first-screen -->" not in html or 'content="built-in-fingerprint"' not in html:
    fail("index.html has no <!-- first-screen --> or built-in-fingerprint placeholder")
html = html.replace("<!-- first-screen -->", prerender())
html = html.replace('content="built-in-fingerprint"', 'content="%s"' % prerender("--fingerprint").strip())

# The start-up script inline (allowed by its hash, step 4): no request
# before the first paint but the stylesheet.
boot = open(os.path.join(root, "boot.js"), encoding="utf-8").read()
if '<script id="boot" src="./boot.js"></script>' not in html:
    fail('index.html has no <script id="boot" src="./boot.js"></script>')
html = html.replace('<script id="boot" src="./boot.js"></script>', '<script id="boot">\n' + boot + "</script>")

# 2. One stylesheet, in the order index.html lists them.
links = re.findall(r'<link rel="stylesheet" href="\./([^"]+\.css)"[^>]*>\n?', html)
tags = re.findall(r'[ \t]*<link rel="stylesheet" href="\./[^"]+\.css"[^>]*>\n?', html)
if links:
    css = "".join(open(os.path.join(staging, f), encoding="utf-8").read().rstrip() + "\n" for f in links)
    data = css.encode("utf-8")
    name = "app-%s.css" % hashlib.sha256(data).hexdigest()[:16]
    open(os.path.join(staging, name), "wb").write(data)
    for f in links:
        os.remove(os.path.join(staging, f))
    integrity = "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()
    html = html.replace(tags[0], '  <link rel="stylesheet" href="./%s" integrity="%s">\n' % (name, integrity), 1)
    for t in tags[1:]:
        html = html.replace(t, "", 1)

# 3. The app starts after the first screen has painted: the loader waits for
#    a frame before it instantiates the wasm (whose download the page's
#    preload has already begun), so starting it never holds up that paint.
loader = re.search(r"(<script type=\"module\">\s*import init[^\n]*\n)(const wasm = await init\()", html)
if not loader:
    fail("Trunk's loader script is not where it was expected")
html = html.replace(
    loader.group(0),
    loader.group(1)
    # (A frame never comes in a background tab: 100 ms at most.)
    + "await new Promise((painted) => { requestAnimationFrame(() => setTimeout(painted)); setTimeout(painted, 100); });\n"
    + loader.group(2),
    1,
)

# Nor does the wasm download compete with that paint: without Trunk's
# preload of it, the readings paint sooner (≈130 against ≈155 ms median)
# and the app is interactive no later (docs/PERFORMANCE.md).
# (The loader's own import fetches the JavaScript as early as its
# modulepreload did, which only added a request before the paint.)
html, preloads = re.subn(r'[ \t]*<link rel="preload" href="\./[^"]+\.wasm"[^>]*>\n?', "", html)
html, modulepreloads = re.subn(r'[ \t]*<link rel="modulepreload" href="\./barometer-web-[^"]+\.js"[^>]*>\n?', "", html)
if (preloads, modulepreloads) != (1, 1):
    fail("expected one wasm preload and one modulepreload from Trunk, found %d and %d" % (preloads, modulepreloads))

# 4. The CSP hashes of the inline scripts.
scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.S)
hashes = " ".join(
    "'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode()
    for s in scripts
)
if "'inline-script-hashes'" not in html:
    fail("index.html has no 'inline-script-hashes' placeholder in its CSP")
html = html.replace("'inline-script-hashes'", hashes)
open(path, "w", encoding="utf-8").write(html)

# 4b. The import worker's loader (Trunk's shim) starts the wasm with the
# form wasm-bindgen 0.2.130 calls deprecated (a bare path), which logs a
# warning in the console at every import; it gets the object form instead.
shim = os.path.join(staging, "import-worker_loader.js")
if os.path.isfile(shim):
    text = open(shim, encoding="utf-8").read()
    fixed = re.sub(r'wasm_bindgen\((".*?")\)', r"wasm_bindgen({ module_or_path: \1 })", text)
    if fixed == text and "module_or_path" not in text:
        fail("the import worker's loader is not what was expected: " + text[:200])
    open(shim, "w", encoding="utf-8").write(fixed)

# 5. The service worker.
files = sorted(
    f for f in os.listdir(staging)
    if os.path.isfile(os.path.join(staging, f)) and f not in ("sw.js", "index.html")
)
digest = hashlib.sha256(html.encode("utf-8"))
for f in files:
    digest.update(f.encode("utf-8"))
    digest.update(open(os.path.join(staging, f), "rb").read())
version = digest.hexdigest()[:16]
precache = ["./"] + [f for f in files if not f.startswith("import-worker")]
template = open(os.path.join(root, "sw.template.js"), encoding="utf-8").read()
sw = template.replace("__VERSION__", version).replace("__FILES__", json.dumps(precache))
open(os.path.join(staging, "sw.js"), "w", encoding="utf-8").write(sw)
