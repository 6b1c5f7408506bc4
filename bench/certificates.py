"""Certificates per second: naive WeasyPrint use against the path production runs.

    python -m bench.certificates --count 500 [--workers 2]

Every run renders the same certificates through the real template, context builder and
stylesheets (QR code, seal and signature included), as PDF/A-3b like
judging.services.certificates (``--pdf-variant ""`` for plain PDF), so the difference is only
in how WeasyPrint is driven:

* naive: ``weasyprint.HTML(string=...).write_pdf()`` per certificate with WeasyPrint's
  default objects (a new URL fetcher, font configuration and image cache every time), the
  signature block inline as a data: URI as a plain template would carry it;
* production: ``contest.documents.certificate.render_certificates`` with the worker count
  judging.services.certificates uses (one: the task worker renders a batch in-process);
* batch: the same with ``--workers`` processes (what a second worker would give).

Prints one JSON line per figure (production, batch), each with ``ratio`` = its
certificates per second / naive's, naive measured in the same run. ``peak_mb`` is this
(parent) process's peak resident memory after the run (a worker process peaks near 85 MB).
CPU times per certificate are given too, since wall-clock rates depend on how busy the cores
are.
"""

import argparse
import datetime
import io
import json
import resource
import time

# judging.services.certificates calls render_certificates without workers: one process.
PRODUCTION_WORKERS = 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--pdf-variant", default="pdf/a-3b", help='"" for plain PDF')
    args = parser.parse_args()
    variant = args.pdf_variant or None

    from bench import _django

    _django.setup()  # production settings: what the certificate worker runs

    certificates = sample_certificates(args.count)
    runs = {}
    for label, workers in (("production", PRODUCTION_WORKERS), ("batch", args.workers)):
        seconds, cpu = timed(
            lambda w=workers: render_batch(certificates, workers=w, pdf_variant=variant),
            count=args.count,
        )
        runs[label] = (workers, seconds, cpu, peak_mb())
    naive_seconds, naive_cpu = timed(
        lambda: render_naive(certificates, pdf_variant=variant), count=args.count
    )
    naive_per_s = args.count / naive_seconds
    for label, (workers, seconds, cpu, peak) in runs.items():
        per_s = args.count / seconds
        print(
            json.dumps(
                {
                    "bench": "certificates",
                    "figure": label,
                    "count": args.count,
                    "pdf_variant": variant,
                    "workers": workers,
                    "per_s": round(per_s, 2),
                    "naive_per_s": round(naive_per_s, 2),
                    "ratio": round(per_s / naive_per_s, 2),
                    "peak_mb": round(peak, 1),
                    # CPU time per certificate, workers included: what wall-clock rates
                    # mean on a machine whose cores are shared with other work.
                    "cpu_ms": round(cpu / args.count * 1000, 1),
                    "naive_cpu_ms": round(naive_cpu / args.count * 1000, 1),
                    "cpu_ratio": round(naive_cpu / cpu, 2),
                }
            )
        )


def timed(run, *, count: int) -> tuple[float, float]:
    """Wall-clock seconds and CPU seconds (this process and finished workers) of ``run``."""
    cpu_start = cpu_seconds()
    start = time.perf_counter()
    pdfs = run()
    seconds = time.perf_counter() - start
    cpu = cpu_seconds() - cpu_start
    # A fast wrong answer is no answer: every certificate must come back as a PDF.
    if len(pdfs) != count or not all(pdf.startswith(b"%PDF-") for pdf in pdfs):
        raise SystemExit("benchmark run did not produce one PDF per certificate")
    return seconds, cpu


def cpu_seconds() -> float:
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


def render_naive(certificates, *, pdf_variant: str | None) -> list[bytes]:
    import weasyprint

    from contest.documents.certificate import STYLESHEETS, TEMPLATE, template_context
    from contest.documents.fetcher import inline_embedded, static_base_url, static_root
    from contest.documents.fonts import font_face_css
    from contest.documents.pdf import BASE_STYLESHEET
    from contest.documents.renderer import render_html

    stylesheet_files = [str(static_root() / path) for path in (BASE_STYLESHEET, *STYLESHEETS)]
    pdfs = []
    for data in certificates:
        html = render_html(template_name=TEMPLATE, context=template_context([data]))
        # WeasyPrint's default fetcher cannot read the images production registers
        # (contest.documents.fetcher.embed): the HTML carries them as data: URIs instead.
        html = inline_embedded(html)
        pdfs.append(
            weasyprint.HTML(string=html, base_url=static_base_url()).write_pdf(
                stylesheets=[weasyprint.CSS(string=font_face_css()), *stylesheet_files],
                pdf_variant=pdf_variant,
            )
        )
    return pdfs


def render_batch(certificates, *, workers: int, pdf_variant: str | None) -> list[bytes]:
    from contest.documents.certificate import render_certificates

    return render_certificates(certificates, workers=workers, pdf_variant=pdf_variant)


def sample_certificates(count: int):
    from contest.documents.certificate import CertificateData

    names = [
        "Nguyễn Thị Ánh Tuyết",
        "Đặng Quốc Bảo",
        "Lê Thị Hồng Nhung",
        "Trần Minh Đức",
        "Phạm Ngọc Quỳnh Anh",
        "Vũ Đình Trọng",
        "Hoàng Thu Hương",
        "Bùi Xuân Trường",
    ]
    prizes = ["Giải Nhất", "Giải Nhì", "Giải Ba", "Giải Khuyến khích"]
    fields = [
        "Cải cách thủ tục hành chính",
        "Cải cách thể chế",
        "Xây dựng chính quyền điện tử, chính quyền số",
        "Cải cách tài chính công",
    ]
    seal, signature = sample_seal(), sample_signature()
    return [
        CertificateData(
            issuer_parent="UBND Thành phố Hà Nội",
            issuer="Ban Tổ chức Cuộc thi",
            number=index + 1,
            recipient=names[index % len(names)],
            prize=prizes[index % len(prizes)],
            entry_title=(
                f"Giải pháp số {index + 1}: số hóa quy trình tiếp nhận và trả kết quả hồ sơ "
                "tại bộ phận một cửa cấp xã"
            ),
            field=fields[index % len(fields)],
            place="Hà Nội",
            date=datetime.date(2024, 11, 16),
            signer_title=("TM. Ban Tổ chức", "Trưởng ban"),
            signer_name="Trần Văn Minh",
            verify_url=f"https://cuocthi.hanoi.gov.vn/xac-minh/CCHC2024-{index + 1:05d}",
            serial=f"CCHC2024-GCN-{index + 1:05d}",
            contest_name=(
                "Cuộc thi Tìm kiếm ý tưởng, giải pháp cải cách hành chính "
                "trên địa bàn thành phố Hà Nội năm 2024"
            ),
            recipient_unit="Ủy ban nhân dân phường Phúc Xá, quận Ba Đình",
            signature_image=signature,
            seal_image=seal,
        )
        for index in range(count)
    ]


def sample_seal() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 292, 292), outline=(200, 20, 20, 220), width=10)
    draw.ellipse((45, 45, 255, 255), outline=(200, 20, 20, 220), width=4)
    draw.regular_polygon((150, 150, 45), 5, fill=(200, 20, 20, 220))
    return png_bytes(image)


def sample_signature() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (400, 180), (0, 0, 0, 0))
    ImageDraw.Draw(image).line(
        [(15, 130), (60, 30), (105, 140), (150, 50), (210, 120), (265, 55), (385, 95)],
        fill=(20, 40, 140, 255),
        width=6,
    )
    return png_bytes(image)


def png_bytes(image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def peak_mb() -> float:
    # This process only: a spawned worker's ru_maxrss also counts the parent's pages it
    # shared between fork and exec, so RUSAGE_CHILDREN would mostly report the parent.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


if __name__ == "__main__":
    main()
