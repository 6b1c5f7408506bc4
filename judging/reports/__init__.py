"""The official reports of an edition, as PDF (Nghị định 30/2020/NĐ-CP) and XLSX.

* ``results_list``: the list of award winners (danh sách đạt giải), the annex to the award
  decision, from the latest frozen result snapshot;
* ``score_summary``: a round's score summary (bảng tổng hợp điểm) from the live results;
* ``score_sheets``: each judge's score sheet (phiếu chấm điểm) of a round.

``sources`` is the one place that reads the frozen snapshot's JSON and the live results
object; ``context`` builds what every report shares (header, date line, signers) and
renders through ``contest.documents``; ``xlsx`` writes the workbooks. Reports name judges
and entrants: they are for the organisers and the secretariat only.
"""
