namespace ThumbnailService.Codecs.Png;

/// <summary>The five PNG filter types (filter method 0); the value is the byte written before each row.</summary>
internal enum PngFilterType : byte
{
    None = 0,
    Sub = 1,
    Up = 2,
    Average = 3,
    Paeth = 4,
}
