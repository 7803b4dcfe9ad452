"""Character normalisation"""

from __future__ import annotations

import unicodedata

from common import Row, megabytes_per_second, seed_texts

import vnplan


def run() -> list[Row]:
    text = "\n".join(seed_texts())
    return [
        Row("normalize() over the seeds", megabytes_per_second(vnplan.normalize, text), "MB/s",
            "unicodedata.normalize('NFC')",
            megabytes_per_second(lambda t: unicodedata.normalize("NFC", t), text)),
    ]
