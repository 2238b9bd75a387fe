"""The state store's meta values: text, and bytes written a chunk at a time."""

from pipeline.state import StateStore


def test_meta_bytes_are_written_in_chunks_and_read_back(tmp_path):
    store = StateStore(tmp_path / "state.sqlite")
    big = ('{"a":"é’' + "x" * (3 * StateStore.BLOB_CHUNK + 7) + '"}').encode()
    store.set_meta("align_result", big)
    store.commit()
    store.set_meta("align_result", big[:-3] + b'y"}')  # replaced, same size
    store.set_meta("small", b"ab")
    store.set_meta("text", "été")
    store.commit()
    store.close()
    store = StateStore(tmp_path / "state.sqlite")
    try:
        assert store.get_meta("align_result") == big[:-3] + b'y"}'
        assert store.get_meta("small") == b"ab"
        assert store.get_meta("text") == "été"
    finally:
        store.close()
