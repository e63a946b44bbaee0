using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;

namespace ThumbnailService.Bench.Samples;

/// <summary>One generated file of samples/: its path under the folder, what it shows, and how it is painted and encoded.</summary>
internal sealed record SampleImage(string RelativePath, string Shows, Func<Image> Paint, IImageEncoder Encoder);
