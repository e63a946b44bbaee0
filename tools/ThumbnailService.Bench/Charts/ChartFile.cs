namespace ThumbnailService.Bench.Charts;

/// <summary>Where a bench run's chart goes: beside its JSON, same name, <c>.svg</c>.</summary>
internal static class ChartFile
{
    public static string PathFor(string jsonPath) => Path.ChangeExtension(Path.GetFullPath(jsonPath), ".svg");

    public static async Task<string> WriteAsync(string jsonPath, string svg, CancellationToken cancellationToken)
    {
        var path = PathFor(jsonPath);
        await File.WriteAllTextAsync(path, svg, cancellationToken);
        return path;
    }
}
