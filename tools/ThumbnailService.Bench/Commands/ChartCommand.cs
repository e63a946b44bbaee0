using System.Text.Json;
using ThumbnailService.Bench.Charts;

namespace ThumbnailService.Bench.Commands;

/// <summary><c>thumbs-bench chart RESULTS.json [OUT.svg]</c>: the chart of a saved bench or cold-start JSON (e.g. a published run).</summary>
internal sealed class ChartCommand : ICommand
{
    public string Name => "chart";

    public string Usage => "chart RESULTS.json [OUT.svg (default: beside the JSON)]   draws the SVG chart of a saved `bench` or `bench --cold` JSON";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        if (arguments.Count is < 1 or > 2 || !File.Exists(arguments[0]))
        {
            throw new UsageException("chart needs an existing bench JSON file and, optionally, the SVG to write");
        }

        string svg;
        try
        {
            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(arguments[0], cancellationToken));
            var root = document.RootElement;
            svg = BenchJsonReader.IsCold(root)
                ? ColdChart.Render(BenchJsonReader.ReadCold(root), root.GetProperty("loadAverage").GetString() ?? "unknown")
                : BenchChart.Render(BenchJsonReader.ReadReport(root));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new UsageException($"'{arguments[0]}' is not a bench or bench --cold JSON: {e.Message}", e);
        }

        var output = arguments.Count == 2 ? Path.GetFullPath(arguments[1]) : ChartFile.PathFor(arguments[0]);
        await File.WriteAllTextAsync(output, svg, cancellationToken);
        await console.Error.WriteLineAsync($"bench: wrote {output}");
        return 0;
    }
}
