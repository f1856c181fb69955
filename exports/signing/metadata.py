"""Keeping a signed PDF's XMP packet and Info dictionary saying the same (issue 16).

When pyHanko writes the signature's revision it updates both, but not alike: the Info
dictionary's /Producer becomes "<old>; pyHanko x.y", the XMP's pdf:Producer just "pyHanko x.y";
each gets its own "now" as the modification date, and xmp:MetadataDate is left as it was. This
writer lets pyHanko do its update and then copies the Info dictionary's producer and
modification date into the XMP, in the same revision (so under the signature).
"""

from __future__ import annotations

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.metadata import model

XMP_MM = "http://ns.adobe.com/xap/1.0/mm/"
_METADATA_DATE = model.ExpandedName(ns=model.NS["xmp"], local_name="MetadataDate")


class ConsistentMetadataWriter(IncrementalPdfFileWriter):
    """An incremental writer whose XMP matches the Info dictionary after pyHanko's update."""

    def _update_meta(self) -> None:
        super()._update_meta()  # type: ignore[no-untyped-call]
        from lxml import etree  # what pyHanko writes XMP with (it requires lxml)
        from pyhanko.pdf_utils.metadata import xmp_xml  # pyHanko's optional XML part

        # the document id's usual prefix, not "ns0:" (pyHanko registers only its own)
        etree.register_namespace("xmpMM", XMP_MM)

        try:  # [] resolves the reference, .get() would not
            stream = self.root["/Metadata"]
        except KeyError:
            return
        info = (self._info.get_object()  # type: ignore[no-untyped-call]
                if self._info is not None else None)
        if not isinstance(stream, xmp_xml.MetadataStream) or info is None:
            return
        fields = {name: value for root in stream.xmp for name, value in root}
        if "/Producer" in info:
            fields[model.PDF_PRODUCER] = model.XmpValue(str(info["/Producer"]))
        if "/ModDate" in info:
            moment = generic.parse_pdf_date(str(info["/ModDate"]))
            when = model.XmpValue(moment.replace(microsecond=0).isoformat())
            fields[model.XMP_MODDATE] = fields[_METADATA_DATE] = when
        stream._xmp = [model.XmpStructure(fields)]  # noqa: SLF001 (pyHanko's own cache)
        stream._reserialise()  # noqa: SLF001
        stream._encoded_data = None  # noqa: SLF001
        self.update_container(stream)
