using System.Globalization;
using ThumbnailService.Local.Commands;

namespace ThumbnailService.Local.Bench;

/// <summary>The options of <c>thumbs bench</c>.</summary>
internal sealed record BenchArguments(
    string? ImagesFolder,
    int Runs,
    string JsonPath,
    IReadOnlyList<string> Tools,
    bool Cold,
    bool NoCorpus,
    string? Bootstrap,
    bool FunctionLog = false)
{
    public static readonly IReadOnlyList<string> KnownTools = ["ours", "sharp", "vips", "magick", "ours-aot-cold"];

    public static BenchArguments Parse(IReadOnlyList<string> arguments)
    {
        var options = OptionReader.Parse(arguments, ["--images", "--runs", "--json", "--tools", "--bootstrap"], ["--cold", "--no-corpus", "--function-log"]);
        var runs = options.Value("--runs") is { } text ? ParseRuns(text) : 7;
        var tools = (options.Value("--tools") ?? string.Join(',', KnownTools))
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (tools.FirstOrDefault(t => !KnownTools.Contains(t)) is { } unknown)
        {
            throw new UsageException($"--tools: unknown tool '{unknown}' (known: {string.Join(", ", KnownTools)})");
        }

        var images = options.Value("--images");
        if (images is not null && !Directory.Exists(images))
        {
            throw new UsageException($"--images '{images}' is not a folder");
        }

        if (options.Flag("--no-corpus") && images is null)
        {
            throw new UsageException("--no-corpus needs --images DIR");
        }

        var json = options.Value("--json") ?? (options.Flag("--cold") ? "bench-cold.json" : "bench-results.json");
        return new BenchArguments(images, runs, json, tools, options.Flag("--cold"), options.Flag("--no-corpus"), options.Value("--bootstrap"), options.Flag("--function-log"));
    }

    private static int ParseRuns(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var runs) && runs is >= 1 and <= 1000
            ? runs
            : throw new UsageException($"--runs '{text}' must be a whole number from 1 to 1000");
}
