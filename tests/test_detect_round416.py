"""Detection fixes of session 71 read off round 416 (CoreOS's docs, Matomo's developer docs, a
Chinese Kubernetes handbook): Matomo's tracker calls, an array's item pushed with `;` after it,
whose strings name `Plugin::method` and whose argument is an array's literal: no C's or C++'s."""

from detect_cases import detection_test

CASES = [
    # a tracker's commands pushed a line each, `::` only in their strings
    ("javascript", '_paq.push(["HeatmapSessionRecording::disable"]);\n'),
    ("javascript", "_paq.push(['FormAnalytics::setPingTimer', 5000]);\n"),
    ("javascript", '_paq.push(["setCustomDimension", 1, "Member"]);\n_paq.push(["trackPageView"]);\n'),
    # as before: C++'s scope outside strings stays C++
    ("cpp", 'std::vector<int> v;\nv.push_back(1);\nstd::cout << "n::m" << std::endl;\n'),
]

test_detection = detection_test(CASES)
