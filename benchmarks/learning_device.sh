#!/usr/bin/env bash
# One call of the GPU machine for the learning benchmark (README: "Learning: what to run next").
# Installs the carried wheels (.whl/, made by `bash benchmarks/learning_device.sh --fetch-wheels`
# here), unpacks the state of earlier calls (.learning/state.tgz), trains the pending runs of the gym
# runner (or of `--runner sb3`) until the time limit, and packs every learning-gym* and learning-sb3*
# results folder (checkpoints of finished runs dropped) into $OUT/state.tgz, to unpack here and
# carry to the next call.
#
#   here:   bash benchmarks/learning_device.sh --fetch-wheels        # once: ~37 MB of cp312 wheels
#   device: bash benchmarks/learning_device.sh --games skiing,breakout --seeds 0,1,2 --steps 500000 \
#               --jobs 2 --time-limit 480                            # (carry: .whl and .learning)
#   here:   tar xzf <files_at>/state.tgz && mkdir -p .learning && cp <files_at>/state.tgz .learning/
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--fetch-wheels" ]; then
    grep -qx '/.whl/' .git/info/exclude 2>/dev/null || echo /.whl/ >> .git/info/exclude
    grep -qx '/.learning/' .git/info/exclude 2>/dev/null || echo /.learning/ >> .git/info/exclude
    mkdir -p .whl
    # The machine's Python is 3.12 with numpy 2; OCAtari's RAM code needs numpy 1.26 (NOTES.md).
    .venv/bin/python -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
        --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
        -d .whl numpy==1.26.4 ale-py==0.12.1 gymnasium==1.2.2 farama-notifications==0.0.6 termcolor==3.3.0 \
        pyfiglet==1.0.4 pygame==2.6.1 stable-baselines3==2.9.2
    [ -n "$(ls .whl/ocatari-* 2>/dev/null)" ] || .venv/bin/python -m pip wheel -q --no-deps -w .whl ocatari==2.2.1
    du -sh .whl
    exit 0
fi

python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl
# OCAtari's package import loads its vision code (scipy, skimage), which RAM mode never calls; the
# image's scipy fails to import under numpy 1.26, so stand-ins that raise if called come first.
python3 - <<'EOF'
from pathlib import Path
stubs = {"scipy/ndimage.py": ["label", "find_objects", "binary_closing"],
         "scipy/optimize.py": ["linear_sum_assignment"],
         "skimage/morphology.py": ["disk", "square", "erosion", "dilation", "opening", "closing", "white_tophat",
                                   "skeletonize"]}
for path, names in stubs.items():
    file = Path("/tmp/stubs") / path
    file.parent.mkdir(parents=True, exist_ok=True)
    (file.parent / "__init__.py").touch()
    file.write_text("".join(f"def {n}(*args, **kwargs):\n    raise NotImplementedError('OCAtari vision mode is "
                            f"not available here')\n\n" for n in names))
EOF
export PYTHONPATH="/tmp/stubs:/tmp/site:$PWD" PYTHONUNBUFFERED=1
if [ -f .learning/state.tgz ]; then tar xzf .learning/state.tgz; fi
nvidia-smi --query-gpu=name,memory.used,memory.total --format=csv,noheader || true
status=0
python3 benchmarks/learning.py --runner gym --device cuda --no-report --prune-checkpoints "$@" || status=$?
shopt -s nullglob
folders=(benchmarks/results/learning-gym* benchmarks/results/learning-sb3*)
if [ ${#folders[@]} -gt 0 ]; then
    tar czf "${OUT:-/tmp}/state.tgz" "${folders[@]}"
    ls -la "${OUT:-/tmp}/state.tgz"
fi
exit $status
