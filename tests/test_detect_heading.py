"""A heading line over a document (`config.yaml:`, `POST /api/notes`) is read past: the rest is
detected whole only when it may be JSON, YAML or ini. That short cut must never change an
answer: whenever the rest, read whole, is a document, the cheap check said it may be one."""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sql_highlight.detect import detect_language
from sql_highlight.detect_openings import _DOCUMENTS, _may_be_a_document

CORPUS = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus"
BLOCKS = sorted(
    path.read_text(encoding="utf-8")
    for folder in ("detection", "detection-holdout")
    for path in (CORPUS / folder).glob("*.txt")
)
HEADINGS = ["notes.yaml", "settings.ini", "POST /api/notes/", "What pgtune suggests:", "Config:", "Data:"]


def test_the_corpus_has_documents_to_read_past():
    documents = [block for block in BLOCKS if detect_language(block, under_a_heading=True) in _DOCUMENTS]
    assert len(documents) >= 10  # the property below is tried on JSON, YAML and ini, not only on code


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(BLOCKS),
    st.sampled_from(HEADINGS),
    st.integers(min_value=0, max_value=40),
    st.text(alphabet=" \t\nabc:-=[]{}\"'#0", max_size=12),
)
def test_a_rest_read_as_a_document_was_one_the_check_let_through(block, heading, cut, noise):
    for rest in (block, block[cut:], noise + block, block + noise):
        if rest.strip() and detect_language(rest, under_a_heading=True) in _DOCUMENTS:
            assert _may_be_a_document(rest)
    whole = f"{heading}\n{block}"
    if detect_language(block, under_a_heading=True) in _DOCUMENTS:
        assert detect_language(whole) == detect_language(block, under_a_heading=True)


def test_a_file_then_its_command_under_a_heading_is_read_past():
    # Found by the property above: the cheap check did not know a YAML file followed by
    # `# run` over its command, so a heading over one turned the answer to text.
    compose = "services:\n  web:\n    build: .\n    ports:\n      - '8000:8000'\n    depends_on:\n      - db\n  db:\n    image: postgres:17\n"
    block = compose + "# then\ndocker compose up -d\n"
    assert detect_language(block) == "yaml"
    assert detect_language(f"compose.yaml\n{block}") == "yaml"


def test_json_a_page_wrapped_under_a_heading_is_read_past():
    # The check and the answer ask one question: JSON wrapped inside its strings is JSON read
    # alone, and under a heading too.
    block = '{"talks": ["pla  \nnets", "com  \nets"], "n": 2}'
    assert detect_language(block) == "json"
    assert detect_language(f"response.json\n{block}") == "json"
