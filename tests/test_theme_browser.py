"""What a reader clicks in the theme, in real headless Chromium."""

import pytest

from browser import chromium, serve_directory

pytestmark = pytest.mark.browser


def first_post_with_code(site):
    for path in sorted(site.glob("posts/*/*/index.html")):
        if 'class="code-block"' in path.read_text(encoding="utf-8"):
            return path.relative_to(site).parent.as_posix() + "/"
    raise AssertionError("no post with code")


def test_copy_button_copies_exactly_the_code(site):
    with serve_directory(site) as base, chromium(permissions=["clipboard-read", "clipboard-write"]) as ctx:
        page = ctx.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{base}/{first_post_with_code(site)}")
        block = page.locator(".code-block").first
        expected = block.locator("pre code").last.text_content().rstrip("\n")
        block.locator("button.code-copy").click()
        page.wait_for_function("document.querySelector('.code-copy').textContent === 'Copied'")
        assert page.evaluate("navigator.clipboard.readText()") == expected
        assert not errors


def test_code_is_plain_text_without_javascript(site):
    with serve_directory(site) as base, chromium(java_script_enabled=False) as ctx:
        page = ctx.new_page()
        page.goto(f"{base}/{first_post_with_code(site)}")
        assert page.locator("button.code-copy").count() == 0
        assert page.locator(".code-block pre code").first.inner_text().strip()


def test_theme_follows_system_scheme_and_the_toggle_remembers(site):
    with serve_directory(site) as base, chromium(color_scheme="dark") as ctx:
        page = ctx.new_page()
        page.goto(f"{base}/")
        background = "getComputedStyle(document.body).backgroundColor"
        dark = page.evaluate(background)
        toggle = page.locator("button.theme-toggle")
        assert toggle.get_attribute("aria-pressed") == "true"
        toggle.click()
        light = page.evaluate(background)
        assert light != dark
        page.reload()
        assert page.evaluate(background) == light
        assert page.locator("button.theme-toggle").get_attribute("aria-pressed") == "false"


@pytest.mark.parametrize("width", [360, 1400])
def test_no_horizontal_page_scroll_from_narrow_to_wide(site, width):
    with serve_directory(site) as base, chromium(viewport={"width": width, "height": 800}) as ctx:
        page = ctx.new_page()
        for path in ["", first_post_with_code(site), "archives/"]:
            page.goto(f"{base}/{path}")
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, (path, overflow)
