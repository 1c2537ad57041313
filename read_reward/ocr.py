"""OCR of scanned PDF pages with Tesseract; results cached by the file's sha256."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import warnings
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from read_reward.card import write_atomic
from read_reward.errors import InputError

OCR_DPI = 300
OCR_CACHE_VERSION = 1


def default_cache_dir() -> Path:
    return Path(os.environ.get("READ_REWARD_CACHE") or "~/.cache/read-reward").expanduser()


def ocr_pages(path: Path, data: bytes, sha: str, pages: list[int], cache_dir: Path, progress: bool) -> dict[int, str]:
    """OCR text of the given pages (0-based), from the cache when present."""
    if not pages:
        return {}
    cache = cache_dir / "ocr" / f"{sha}.v{OCR_CACHE_VERSION}.json"
    done = _load_cache(cache, sha)
    todo = [i for i in pages if i not in done]
    if not todo:
        return done
    exe = _tesseract(path)
    import pypdfium2
    from rich.console import Console
    from rich.progress import Progress

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise InputError(f"cannot render the scanned pages of {path.name} ({exc}); "
                         "repair the PDF, e.g. qpdf in.pdf fixed.pdf") from exc
    batch = 2 * (os.cpu_count() or 1)  # one single-threaded tesseract per CPU; few pages in memory
    try:
        with ThreadPoolExecutor(batch // 2) as pool, \
                Progress(console=Console(stderr=True), disable=not progress, transient=True) as bar:
            task = bar.add_task(f"OCR {path.name}", total=len(todo))
            for k in range(0, len(todo), batch):
                # pdfium is not thread-safe: render here, OCR in the pool
                jobs = {pool.submit(_run_tesseract, exe, _render(pdf, i, path), i, path): i
                        for i in todo[k:k + batch]}
                for job in as_completed(jobs):
                    done[jobs[job]] = job.result()
                    _save_cache(cache, sha, done)  # after every page: an interrupted run resumes
                    bar.advance(task)
    finally:
        pdf.close()
    return done


def _load_cache(cache: Path, sha: str) -> dict[int, str]:
    try:
        data = json.loads(cache.read_text("utf-8"))
        if data["version"] != OCR_CACHE_VERSION or data["sha256"] != sha:
            return {}
        return {int(k): v for k, v in data["pages"].items() if isinstance(v, str)}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}  # missing or unreadable: OCR again


def _save_cache(cache: Path, sha: str, pages: dict[int, str]) -> None:
    record = {"version": OCR_CACHE_VERSION, "sha256": sha, "dpi": OCR_DPI,
              "pages": {str(i): pages[i] for i in sorted(pages)}}
    try:
        write_atomic(cache, json.dumps(record, ensure_ascii=False))
    except OSError as exc:
        warnings.warn(f"cannot write the OCR cache {cache}: {exc}", stacklevel=2)


def _tesseract(path: Path) -> str:
    """The Tesseract binary: $READ_REWARD_TESSERACT, else `tesseract` on PATH."""
    configured = os.environ.get("READ_REWARD_TESSERACT")
    if configured:
        exe = shutil.which(configured)
        if exe is None:
            raise InputError(f"READ_REWARD_TESSERACT={configured} is not an executable; "
                             "point it at the tesseract binary or unset it")
        return exe
    exe = shutil.which("tesseract")
    if exe is None:
        raise InputError(f"{path.name} has scanned pages but Tesseract OCR is not installed; install it "
                         "(apt-get install tesseract-ocr, or brew install tesseract) or set "
                         "READ_REWARD_TESSERACT to the path of the tesseract binary")
    return exe


def _render(pdf: Any, index: int, path: Path) -> bytes:
    """A page as a grayscale PNG at OCR_DPI."""
    import pypdfium2

    try:
        image = pdf[index].render(scale=OCR_DPI / 72, grayscale=True).to_pil()
    except pypdfium2.PdfiumError as exc:
        raise InputError(f"cannot render page {index + 1} of {path.name} ({exc}); "
                         "repair the PDF, e.g. qpdf in.pdf fixed.pdf") from exc
    buf = io.BytesIO()
    image.save(buf, format="PNG", dpi=(OCR_DPI, OCR_DPI))
    return buf.getvalue()


def _run_tesseract(exe: str, png: bytes, index: int, path: Path) -> str:
    # OMP_THREAD_LIMIT=1: Tesseract's OpenMP threads made a page ~4x slower on 2 cores; we run
    # pages in parallel instead. Default page segmentation (--psm 3) keeps columns in order.
    cmd = [exe, "stdin", "stdout", "-l", "eng", "--psm", "3", "--dpi", str(OCR_DPI)]
    try:
        proc = subprocess.run(cmd, input=png, capture_output=True, timeout=600, check=False,
                              env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise InputError(f"cannot run Tesseract ({exe}) on page {index + 1} of {path.name}: "
                         f"{' '.join(str(exc).split())}; check it with `tesseract --version`") from exc
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines() or ["no message"]
        raise InputError(f"Tesseract failed on page {index + 1} of {path.name} ({err[-1]}); "
                         "check that `tesseract --list-langs` includes eng")
    return proc.stdout.decode("utf-8", "replace")
