#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Marks every public top-level type of an exported package with @API and @since.

Mechanical and repeatable: run it after adding public types, then `./mvnw -q spotless:apply`.
It reads each module's module-info.java for its (unqualified) exports, and for each public top-level
type there that has no @API yet it
  - adds `@API(status = API.Status.<status>, since = "<since>")` right after the type's Javadoc,
  - adds `@since <since>` to that Javadoc unless it has one,
  - adds `import org.apiguardian.api.API;`.
The status comes from STATUS below (by package; the default is MAINTAINED). ApiStatusTest in consumer-it
fails on any type this script would still have to touch. Usage:

    scripts/add-api-annotations.py [--since 0.1] [--dry-run] [module-dir ...]

Without module directories it takes every directory beside this script's parent that has
src/main/java/module-info.java. Types without a Javadoc are listed and left alone (write one first).
"""
import argparse
import pathlib
import re
import sys

# Packages whose types are still taking shape: may change in any release. All other exported packages:
# MAINTAINED (no incompatible change before the next minor release at the earliest).
STATUS = {
    "dev.dpa4j.model.diff": "EXPERIMENTAL",
    "dev.dpa4j.validate.spi": "EXPERIMENTAL",
    "dev.dpa4j.render.document": "EXPERIMENTAL",
    "dev.dpa4j.render.notice": "EXPERIMENTAL",
}
DEFAULT_STATUS = "MAINTAINED"

DECL = re.compile(r"^public\s+(?:(?:final|abstract|sealed|non-sealed|static|strictfp)\s+)*"
                  r"(?:class|interface|enum|record|@interface)\s+(\w+)")
EXPORTS = re.compile(r"^\s*exports\s+([\w.]+)\s*;", re.MULTILINE)


def exported_packages(module_info: pathlib.Path):
    text = re.sub(r"/\*.*?\*/|//[^\n]*", "", module_info.read_text(encoding="utf-8"), flags=re.S)
    return EXPORTS.findall(text)


def annotate(path: pathlib.Path, package: str, since: str, dry_run: bool):
    text = path.read_text(encoding="utf-8")
    if re.search(r"^@API\(", text, re.MULTILINE):
        return "already"
    lines = text.split("\n")
    decl = next((i for i, line in enumerate(lines) if DECL.match(line)), None)
    if decl is None:
        return "not public"
    # walk back over the type's annotations to the end of its Javadoc
    j = decl
    while j > 0 and not lines[j - 1].rstrip().endswith("*/") and lines[j - 1].strip() != "" \
            and not lines[j - 1].startswith(("import ", "package ")):
        j -= 1
    if j == 0 or not lines[j - 1].rstrip().endswith("*/"):
        return "no javadoc"
    end = j - 1
    start = end
    while not lines[start].lstrip().startswith("/**"):
        start -= 1
    status = STATUS.get(package, DEFAULT_STATUS)
    annotation = f'@API(status = API.Status.{status}, since = "{since}")'
    javadoc = lines[start:end + 1]
    if not any("@since" in line for line in javadoc):
        if start == end:  # one-line Javadoc: /** Text. */
            body = lines[start].strip()[3:-2].strip()
            javadoc = ["/**", f" * {body}", " *", f" * @since {since}", " */"]
        else:
            last = lines[end]
            before = lines[start:end]
            if last.strip() != "*/":  # "text */" on the last line
                before = before + [last.rstrip()[:-2].rstrip()]
                last = " */"
            javadoc = before + [" *", f" * @since {since}", last]
    lines[start:end + 1] = javadoc + [annotation]
    # the import goes after the package line; spotless (palantir) sorts it into place
    pkg = next(i for i, line in enumerate(lines) if line.startswith("package "))
    lines.insert(pkg + 1, "")
    lines.insert(pkg + 2, "import org.apiguardian.api.API;")
    if not dry_run:
        path.write_text("\n".join(lines), encoding="utf-8")
    return "annotated"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--since", default="0.1")
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("modules", nargs="*")
    args = parser.parse_args()
    root = pathlib.Path(__file__).resolve().parent.parent
    modules = [pathlib.Path(m) for m in args.modules] or sorted(
        d for d in root.iterdir() if (d / "src/main/java/module-info.java").is_file())
    missing_javadoc = []
    count = 0
    for module in modules:
        sources = module / "src/main/java"
        for package in exported_packages(sources / "module-info.java"):
            directory = sources / package.replace(".", "/")
            for path in sorted(directory.glob("*.java")):
                if path.name in ("package-info.java", "module-info.java"):
                    continue
                result = annotate(path, package, args.since, args.dry_run)
                if result == "annotated":
                    count += 1
                    print(f"annotated {path.relative_to(root)}")
                elif result == "no javadoc":
                    missing_javadoc.append(str(path.relative_to(root)))
    print(f"{count} types annotated" + (" (dry run)" if args.dry_run else ""))
    for path in missing_javadoc:
        print(f"NO JAVADOC, left alone: {path}", file=sys.stderr)
    return 1 if missing_javadoc else 0


if __name__ == "__main__":
    sys.exit(main())
