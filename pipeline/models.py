"""Argos model management behind ``pipeline models``: list, install (from the
Argos package index, or offline from a ``.argosmodel`` file), remove.

Packages live where Argos keeps them: ``ARGOS_PACKAGES_DIR`` (Argos 1.10+)
or ``ARGOS_PACKAGE_DIR`` (the name in Argos' documentation; we honour both),
else Argos' default under the XDG data folder.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from pipeline.errors import EngineError, InputError


def argos_package_module():
    """``argostranslate.package``, with ARGOS_PACKAGE_DIR honoured. Importing
    Argos creates its data folders, so this runs only when models are needed."""
    if os.environ.get("ARGOS_PACKAGE_DIR") and not os.environ.get("ARGOS_PACKAGES_DIR"):
        os.environ["ARGOS_PACKAGES_DIR"] = os.environ["ARGOS_PACKAGE_DIR"]
    from argostranslate import package

    return package


def package_dir() -> Path:
    argos_package_module()
    from argostranslate import settings

    return Path(settings.package_data_dir)


def list_packages() -> list[dict[str, Any]]:
    pkgs = argos_package_module().get_installed_packages()
    return sorted(
        ({"from": p.from_code, "to": p.to_code, "version": str(p.package_version),
          "path": str(p.package_path)} for p in pkgs),
        key=lambda r: (r["from"], r["to"]),
    )


def install_from_file(archive: Path) -> dict[str, Any]:
    """Install a ``.argosmodel`` zip offline.

    argostranslate.package.install_from_path does the same extraction but then
    imports argostranslate.translate (torch, stanza: seconds) only to clear a
    cache we do not use, so we extract ourselves and let Argos' ``Package``
    validate the result."""
    package = argos_package_module()
    archive = Path(archive)
    if not archive.is_file():
        raise InputError(f"{archive}: no such file")
    if not zipfile.is_zipfile(archive):
        raise InputError(f"{archive}: not an Argos package (not a zip archive)")
    with zipfile.ZipFile(archive) as zf:
        names = [n for n in zf.namelist() if n.strip("/")]
        tops = {n.split("/", 1)[0] for n in names}
        if len(tops) != 1 or f"{next(iter(tops))}/metadata.json" not in names:
            raise InputError(f"{archive}: expected one top-level folder with metadata.json")
        for name in names:  # refuse paths that would escape the package folder
            if name.startswith("/") or ".." in Path(name).parts:
                raise InputError(f"{archive}: unsafe path in archive: {name}")
        top = next(iter(tops))
        dest_root = package_dir()
        dest_root.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=dest_root, prefix=".installing-") as tmp:
            zf.extractall(tmp)
            try:
                pkg = package.Package(Path(tmp) / top)
            except Exception as exc:  # noqa: BLE001 - Argos raises plain exceptions
                raise InputError(f"{archive}: not a valid Argos package: {exc}") from None
            if not (Path(tmp) / top / "model").is_dir():
                raise InputError(f"{archive}: the package has no model/ folder")
            final = dest_root / top
            if final.exists():
                shutil.rmtree(final)
            os.replace(Path(tmp) / top, final)
    return {"from": pkg.from_code, "to": pkg.to_code, "version": str(pkg.package_version), "path": str(final)}


def install_from_index(src: str, tgt: str) -> dict[str, Any]:
    """Download and install src->tgt from the Argos package index (needs network)."""
    package = argos_package_module()
    from argostranslate import settings

    index = Path(settings.local_package_index)
    before = index.stat().st_mtime if index.exists() else None
    # Argos logs the network error itself (printed raw when no handler is set); we explain below
    logging.getLogger("argostranslate").addHandler(logging.NullHandler())
    package.update_package_index()
    if not index.exists() or index.stat().st_mtime == before:
        raise EngineError("could not download the Argos package index (no network?)",
                          hint="offline: pipeline models install --from-file PKG.argosmodel, "
                               "or use Apertium: translate.engines: [apertium]")
    try:
        available = package.get_available_packages()
    except Exception as exc:  # noqa: BLE001 - no index file when the download failed
        raise EngineError(f"cannot read the Argos package index: {exc}",
                          hint="offline? use: pipeline models install --from-file PKG.argosmodel") from None
    match = [p for p in available if p.from_code == src and p.to_code == tgt]
    if not match:
        raise EngineError(f"the Argos index has no {src}->{tgt} package",
                          hint=f"check `pipeline models list`, or install {src}->en and en->{tgt} to pivot")
    try:
        path = match[0].download()
    except Exception as exc:  # noqa: BLE001
        raise EngineError(f"download of {src}->{tgt} failed: {exc}",
                          hint="offline? use: pipeline models install --from-file PKG.argosmodel") from None
    return install_from_file(Path(path))


def remove(src: str, tgt: str) -> list[str]:
    package = argos_package_module()
    gone = []
    for pkg in package.get_installed_packages():
        if pkg.from_code == src and pkg.to_code == tgt:
            shutil.rmtree(pkg.package_path)
            gone.append(str(pkg.package_path))
    if not gone:
        raise InputError(f"no installed Argos package for {src}->{tgt}", hint="see: pipeline models list")
    return gone
