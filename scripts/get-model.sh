#!/usr/bin/env bash
# Downloads a recommended small instruct model (GGUF, 4-bit) for Triage's embedded llama.cpp
# backend into models/, with a progress bar, resuming a partial download. Needs internet.
#   scripts/get-model.sh                       # Qwen2.5-0.5B-Instruct Q4_K_M (~400 MB)
#   scripts/get-model.sh REPO FILE             # any GGUF on the Hugging Face hub
# Then: TRIAGE_LOCAL_MODEL_PATH=models/<file> bin/run
set -euo pipefail
cd "$(dirname "$0")/.."
repo=${1:-Qwen/Qwen2.5-0.5B-Instruct-GGUF}
file=${2:-qwen2.5-0.5b-instruct-q4_k_m.gguf}
mkdir -p models
if [ -s "models/$file" ]; then
  echo "models/$file is already there."
else
  echo "Downloading $file from $repo ..."
  curl -fL --retry 3 --progress-bar -C - -o "models/$file.part" "https://huggingface.co/$repo/resolve/main/$file"
  mv "models/$file.part" "models/$file"
fi
echo
echo "Start the gateway with it:"
echo "  TRIAGE_LOCAL_MODEL_PATH=$PWD/models/$file bin/run"
