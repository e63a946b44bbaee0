namespace ThumbnailService.Codecs.Jpeg;

/// <summary>One frame component from SOF: identifier, sampling factors (1..4) and quantisation table selector.</summary>
internal readonly record struct JpegComponentInfo(int Id, int HorizontalSampling, int VerticalSampling, int QuantTable);
