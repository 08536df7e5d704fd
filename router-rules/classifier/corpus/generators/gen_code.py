#!/usr/bin/env python3
"""Generate train/code.gen.jsonl by combining hand-written code snippets, programming tasks and
error messages with hand-written request phrasings and contexts. Deterministic, stdlib only.

Usage: python3 generators/gen_code.py
"""
import random

from gen_common_mcr import build_messages, write_jsonl

SEED = 20240612
N_ROWS = 150

# (language, snippet)
SNIPPETS = [
    ("Python", "def mean(xs):\n    total = 0\n    for x in xs:\n        total += x\n    return total / len(xs)"),
    ("Python", "with open('data.txt') as f:\n    lines = [l.strip() for l in f if l.strip()]\nprint(len(lines))"),
    ("Python", "import re\nemails = re.findall(r'[\\w.]+@[\\w.]+', text)\nprint(set(emails))"),
    ("Python", "class Counter:\n    count = 0\n    def inc(self):\n        self.count += 1\n        return self.count"),
    ("Python", "result = {}\nfor word in words:\n    if word in result:\n        result[word] += 1\n    else:\n        result[word] = 1"),
    ("JavaScript", "const total = items.reduce((sum, i) => sum + i.price * i.qty, 0);\nconsole.log(total.toFixed(2));"),
    ("JavaScript", "async function getUser(id) {\n  const res = await fetch('/users/' + id);\n  return res.json();\n}"),
    ("JavaScript", "document.querySelectorAll('button').forEach(b => {\n  b.addEventListener('click', () => alert(b.id));\n});"),
    ("TypeScript", "function first<T>(arr: T[]): T | undefined {\n  return arr.length ? arr[0] : undefined;\n}"),
    ("TypeScript", "interface User { id: number; name: string; email?: string }\nconst u: User = { id: 1, name: 'Ana' };"),
    ("Java", "public static int max(int[] a) {\n    int m = 0;\n    for (int x : a) if (x > m) m = x;\n    return m;\n}"),
    ("Java", "Map<String, Integer> ages = new HashMap<>();\nages.put(\"ana\", 31);\nint a = ages.get(\"bo\");"),
    ("Java", "String s = \"\";\nfor (int i = 0; i < 10000; i++) {\n    s += i + \",\";\n}"),
    ("Go", "func sum(nums []int) int {\n\ttotal := 0\n\tfor _, n := range nums {\n\t\ttotal += n\n\t}\n\treturn total\n}"),
    ("Go", "f, err := os.Open(path)\nif err != nil {\n\treturn err\n}\ndata, _ := io.ReadAll(f)"),
    ("Rust", "fn longest(a: &str, b: &str) -> &str {\n    if a.len() > b.len() { a } else { b }\n}"),
    ("Rust", "let v = vec![1, 2, 3];\nlet doubled: Vec<i32> = v.iter().map(|x| x * 2).collect();"),
    ("C", "int *make_array(int n) {\n    int arr[n];\n    for (int i = 0; i < n; i++) arr[i] = i;\n    return arr;\n}"),
    ("C", "for (int i = 0; i <= 10; i++) {\n    buf[i] = 0;\n}  /* char buf[10]; */"),
    ("C++", "std::vector<int> v{3, 1, 2};\nstd::sort(v.begin(), v.end());\nfor (auto x : v) std::cout << x << ' ';"),
    ("C++", "class Node {\npublic:\n    Node* next;\n    ~Node() { delete next; }\n};"),
    ("SQL", "SELECT name, COUNT(*)\nFROM orders\nGROUP BY customer_id;"),
    ("SQL", "SELECT * FROM users WHERE created_at > NOW() - INTERVAL '7 days' ORDER BY created_at;"),
    ("SQL", "UPDATE accounts SET balance = balance - 100 WHERE id = 1;\nUPDATE accounts SET balance = balance + 100 WHERE id = 2;"),
    ("Bash", "for f in $(ls *.log); do\n  gzip $f\ndone"),
    ("Bash", "if [ $1 == \"prod\" ]; then\n  echo deploying\nfi"),
    ("YAML (GitHub Actions)", "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test"),
    ("Dockerfile", "FROM ubuntu:latest\nRUN apt-get update\nRUN apt-get install -y python3\nCOPY . /app\nCMD python3 /app/main.py"),
    ("Kubernetes YAML", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx"),
    ("regex", "^\\d{3}-\\d{3}-\\d{4}$"),
    ("PHP", "$id = $_GET['id'];\n$result = mysqli_query($conn, \"SELECT * FROM posts WHERE id = $id\");"),
    ("Kotlin", "val names = listOf(\"ana\", \"bo\")\nval upper = names.map { it.uppercase() }\nprintln(upper)"),
]

SNIPPET_ACTIONS = [
    "Explain what this {lang} code does:\n\n```\n{code}\n```",
    "Is there a bug in this {lang}?\n```\n{code}\n```",
    "```\n{code}\n```\nCan you refactor this to be cleaner?",
    "Write unit tests for this {lang} code:\n```\n{code}\n```",
    "Review this snippet and point out any problems:\n```\n{code}\n```",
    "What would you improve here? ({lang})\n```\n{code}\n```",
    "add comments to this pls\n```\n{code}\n```",
    "Could you optimise this {lang} code?\n\n```\n{code}\n```",
    "```\n{code}\n```\nwhat's wrong with this",
    "Translate this {lang} into {target}:\n```\n{code}\n```",
    "Explain line by line, I'm a beginner:\n```\n{code}\n```",
    "Return JSON {{\"summary\": ..., \"issues\": [...]}} for this code:\n```\n{code}\n```",
]

TARGETS = ["Python", "JavaScript", "Go", "Rust", "Java", "C#", "TypeScript"]

HOWTO_TASKS = [
    "read a file line by line", "reverse a string", "sort a list of records by a field",
    "parse a JSON string into an object", "make an HTTP GET request", "handle errors properly",
    "write a simple unit test", "use a hash map / dictionary", "format a date as YYYY-MM-DD",
    "run two tasks concurrently", "read command-line arguments", "remove duplicates from a list",
    "split a string on commas", "generate a random integer in a range", "read an environment variable",
]
HOWTO_LANGS = ["Python", "JavaScript", "TypeScript", "Java", "Go", "Rust", "C#", "Kotlin", "Ruby", "C++", "Swift", "PHP"]
HOWTO_FORMS = [
    "How do I {task} in {lang}?",
    "{lang}: {task}?",
    "what's the idiomatic way to {task} in {lang}",
    "Show me how to {task} in {lang}, with a short example.",
    "In {lang}, how can I {task}?",
    "Write {lang} code to {task}.",
]

ERRORS = [
    "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
    "RecursionError: maximum recursion depth exceeded",
    "KeyError: 'user_id'",
    "UnboundLocalError: local variable 'count' referenced before assignment",
    "java.lang.ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 5",
    "java.lang.ClassCastException: class java.lang.String cannot be cast to class java.lang.Integer",
    "Uncaught ReferenceError: process is not defined",
    "SyntaxError: Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON",
    "panic: runtime error: index out of range [3] with length 3",
    "error[E0382]: borrow of moved value: `s`",
    "fatal: refusing to merge unrelated histories",
    "ERROR: relation \"users\" does not exist",
    "ORA-00942: table or view does not exist",
    "docker: Error response from daemon: port is already allocated.",
    "Error: ENOENT: no such file or directory, open './config.json'",
    "ImagePullBackOff",
    "undefined reference to `main'",
    "ssl.SSLCertVerificationError: certificate verify failed: unable to get local issuer certificate",
]
ERROR_FORMS = [
    "What does this error mean and how do I fix it?\n\n{err}",
    "{err}\n\nhelp??",
    "I keep getting `{err}` — any idea why?",
    "Getting this: {err}. What are the usual causes?",
    "Can you explain this error message to me: \"{err}\"",
    "how to fix {err}",
]


def main():
    r = random.Random(SEED)
    rows, seen = [], set()
    attempts = 0
    while len(rows) < N_ROWS and attempts < 20000:
        attempts += 1
        kind = r.random()
        if kind < 0.5:
            lang, code = r.choice(SNIPPETS)
            form = r.choice(SNIPPET_ACTIONS)
            if "{target}" in form:
                if lang not in ("Python", "JavaScript", "Java", "Go", "Rust", "TypeScript", "Kotlin", "C++"):
                    continue
                target = r.choice([t for t in TARGETS if t != lang])
            else:
                target = ""
            user = form.format(lang=lang, code=code, target=target)
            style = "generated: snippet action"
        elif kind < 0.8:
            user = r.choice(HOWTO_FORMS).format(task=r.choice(HOWTO_TASKS), lang=r.choice(HOWTO_LANGS))
            style = "generated: how-to x language"
        else:
            user = r.choice(ERROR_FORMS).format(err=r.choice(ERRORS))
            style = "generated: error message"
        if user in seen:
            continue
        seen.add(user)
        msgs = build_messages(r, user)
        tools = msgs[0]["role"] == "system" and "Orbit" in msgs[0]["content"] and r.random() < 0.3
        rows.append({"task": "code", "messages": msgs, "tools": tools, "style": style})
    print(write_jsonl("code.gen.jsonl", rows), len(rows))


if __name__ == "__main__":
    main()
