namespace ThumbnailService.Core.Imaging;

/// <summary>
/// How one thumbnail is cut from a source: resize the whole frame to <see cref="ResizeWidth"/> x <see cref="ResizeHeight"/>,
/// then crop <see cref="Width"/> x <see cref="Height"/> at (<see cref="CropX"/>, <see cref="CropY"/>).
/// </summary>
public readonly record struct ThumbnailPlan(int ResizeWidth, int ResizeHeight, int CropX, int CropY, int Width, int Height)
{
    public bool NeedsCrop => Width != ResizeWidth || Height != ResizeHeight;

    public long ResizeArea => (long)ResizeWidth * ResizeHeight;

    /// <summary>The same plan seen with x and y exchanged (for EXIF orientations 5-8, which transpose the image).</summary>
    public ThumbnailPlan Transposed() => new(ResizeHeight, ResizeWidth, CropY, CropX, Height, Width);
}
