"""Reading failures reported against the right file, in words a writer understands.

- A file nested too deeply for Python-Markdown (thousands of list levels, say) made it recurse
  past Python's limit: the reader now fails that file with a plain ValueError.
- Worker processes render files in chunks, and one failing file used to fail its whole chunk,
  so Pelican reported (and left out) up to seven innocent posts with the bad one's error. A
  worker now hands back nothing for a file it could not render; the reader renders that one
  again itself and the error is reported against it alone.
"""

import functools

TOO_DEEP = (
    "nested too deeply to render (lists or block quotes inside each other hundreds of levels "
    "deep?): flatten the nesting"
)


def _named_recursion(render):
    @functools.wraps(render)
    def guarded(self, source_path):
        try:
            return render(self, source_path)
        except RecursionError:
            raise ValueError(TOO_DEEP) from None

    return guarded


def _nothing_on_failure(render_in_worker):
    @functools.wraps(render_in_worker)
    def guarded(self, source_path):
        try:
            return render_in_worker(self, source_path)
        except Exception:  # the parent renders this file again and reports the error itself
            return None

    return guarded


def guarded_reader(cls):
    """Class decorator for LecternMarkdownReader (its render and render_in_worker methods)."""
    cls.render = _named_recursion(cls.render)
    cls.render_in_worker = _nothing_on_failure(cls.render_in_worker)
    return cls
