namespace ThumbnailService.Codecs.Jpeg;

/// <summary>One component of a scan (SOS): index into the frame's components and its DC/AC Huffman table selectors.</summary>
internal readonly record struct JpegScanComponent(int FrameIndex, int DcTable, int AcTable);
