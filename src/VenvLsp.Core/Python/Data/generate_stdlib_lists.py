#!/usr/bin/env python3
"""Write stdlib-X.Y.txt (top-level standard-library module names) for each interpreter given.

Usage: generate_stdlib_lists.py [--out DIR] [--method auto|names|listing] PYTHON [PYTHON...]

Each PYTHON is the path of an interpreter to ask; it is run once with a small probe on stdin.
Methods:
  names    sys.stdlib_module_names (Python >= 3.10): the interpreter's own list, which also
           names modules built only on other platforms (msvcrt, winreg, _scproxy, ...).
  listing  what an installed interpreter holds: the .py files and package folders of its
           standard-library folder, the extension modules of lib-dynload, and
           sys.builtin_module_names; minus site-packages, names that are not identifiers and
           the test suite and test helpers (``test``, ``_test*``, ``_xx*``, ``xx*``,
           ``_ctypes_test``, ``__hello__``, ``__phello__``), which sys.stdlib_module_names
           leaves out as well. Modules that one installation cannot show (built only on other
           platforms or only with optional libraries, or frozen) are added from EXTRA below.
           Run on 3.10 and later, this gives exactly sys.stdlib_module_names for this
           platform's builds, which is how the method was checked.
  auto     names where the interpreter has it, else listing (the default).
Nothing is imported from the standard library of the interpreter being asked beyond sys,
os and sysconfig, so the probe runs on any CPython 3.
"""
import argparse
import json
import os
import subprocess
import sys

# Modules one Linux installation cannot show: Windows- or macOS-only extension modules (the
# library reference marks them "Availability: Windows" or macOS), msilib (installed on Windows
# only), the dbm back ends that need optional libraries, and the frozen import machinery. The
# same names appear in sys.stdlib_module_names of 3.10, which lists every platform's modules.
EXTRA = ["_dbm", "_frozen_importlib", "_frozen_importlib_external", "_gdbm", "_msi", "_overlapped",
         "_scproxy", "_winapi", "msilib", "msvcrt", "nt", "winreg", "winsound"]
TEST_ONLY_PREFIXES = ("_test", "_xx", "xx")
TEST_ONLY = {"test", "_ctypes_test", "__hello__", "__phello__"}

PROBE = r'''
import json, os, sys, sysconfig
out = {"version": list(sys.version_info[:2]), "full": "%d.%d.%d" % sys.version_info[:3],
       "names": sorted(getattr(sys, "stdlib_module_names", [])) or None,
       "builtins": sorted(sys.builtin_module_names)}
stdlib = sysconfig.get_paths()["stdlib"]
found = set()
def add(folder):
    if not os.path.isdir(folder):
        return
    for entry in os.listdir(folder):
        path = os.path.join(folder, entry)
        if os.path.isdir(path):
            # a package folder; namespace-free folders of the standard library all have __init__.py
            if os.path.exists(os.path.join(path, "__init__.py")):
                found.add(entry)
        elif entry.endswith(".py"):
            found.add(entry[:-3])
        elif entry.endswith(".so") or entry.endswith(".pyd"):
            found.add(entry.split(".", 1)[0])
add(stdlib)
add(os.path.join(stdlib, "lib-dynload"))
out["listing"] = sorted(found)
print(json.dumps(out))
'''


def probe(python):
    done = subprocess.run([python, "-I", "-S", "-"], input=PROBE, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def listing_names(info):
    names = set(info["listing"]) | set(info["builtins"])
    names |= set(EXTRA)
    names -= TEST_ONLY | {"__main__"}
    return sorted(n for n in names if n.isidentifier() and not n.startswith(TEST_ONLY_PREFIXES))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--method", choices=["auto", "names", "listing"], default="auto")
    parser.add_argument("pythons", nargs="+")
    args = parser.parse_args()
    for python in args.pythons:
        info = probe(python)
        method = args.method
        if method == "auto":
            method = "names" if info["names"] else "listing"
        if method == "names" and not info["names"]:
            sys.exit("%s has no sys.stdlib_module_names (Python %s)" % (python, info["full"]))
        names = info["names"] if method == "names" else listing_names(info)
        major, minor = info["version"]
        path = os.path.join(args.out, "stdlib-%d.%d.txt" % (major, minor))
        with open(path, "w", encoding="ascii", newline="\n") as f:
            f.write("# Top-level standard-library modules of CPython %d.%d\n" % (major, minor))
            f.write("# made by generate_stdlib_lists.py from CPython %s, method: %s\n" % (info["full"], method))
            for name in names:
                f.write(name + "\n")
        print("%s: %d names (%s, CPython %s)" % (path, len(names), method, info["full"]))


if __name__ == "__main__":
    main()
