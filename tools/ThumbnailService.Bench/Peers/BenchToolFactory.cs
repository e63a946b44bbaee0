using System.Diagnostics;
using System.Reflection;

namespace ThumbnailService.Bench.Peers;

/// <summary>Starts the requested tools; a peer that is not installed is left out with a note saying why.</summary>
internal static class BenchToolFactory
{
    public static string BenchDirectory => Path.Combine(RepositoryLayout.Root, "tools", "bench");

    public static async Task<IReadOnlyList<IBenchTool>> StartAsync(IReadOnlyList<string> names, string? bootstrap, TextWriter? functionLog, List<string> notes, CancellationToken cancellationToken)
    {
        var tools = new List<IBenchTool>();
        foreach (var name in names)
        {
            var (tool, missing) = await StartOrExplainAsync(name, bootstrap, functionLog, cancellationToken);
            if (tool is not null)
            {
                tools.Add(tool);
                notes.Add($"{tool.Name}: {tool.Note}");
            }
            else
            {
                notes.Add($"{name}: not measured: {missing}");
            }
        }

        return tools;
    }

    private static async Task<(IBenchTool? Tool, string? Missing)> StartOrExplainAsync(string name, string? bootstrap, TextWriter? functionLog, CancellationToken cancellationToken)
    {
        try
        {
            return await TryStartAsync(name, bootstrap, functionLog, cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            return (null, $"it did not start: {e.Message}");
        }
    }

    private static async Task<(IBenchTool? Tool, string? Missing)> TryStartAsync(string name, string? bootstrap, TextWriter? functionLog, CancellationToken cancellationToken)
    {
        bool timeAvailable = File.Exists(ExternalTool.TimeCommand);
        switch (name)
        {
            case "ours":
                var ours = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { ArgumentList = { Assembly.GetEntryAssembly()!.Location, "bench-worker" } };
                foreach (var (variable, value) in AotLikeJit)
                {
                    ours.Environment[variable] = value;
                }

                return (await WorkerTool.StartAsync("ours", "our ImagePipeline in a long-lived worker, JIT set up like the AOT build (full opts, AVX2, no AVX-512), presets chained from one decode", ours, cancellationToken), null);
            case "sharp" when Directory.Exists(Path.Combine(BenchDirectory, "node_modules", "sharp")):
                var sharp = new ProcessStartInfo("node") { ArgumentList = { "sharp-worker.mjs" }, WorkingDirectory = BenchDirectory };
                return (await WorkerTool.StartAsync("sharp", "sharp in a long-lived Node worker; rotate() then clone() per preset", sharp, cancellationToken), null);
            case "sharp":
                return (null, "sharp is not installed in tools/bench (npm ci failed?)");
            case "vips" when timeAvailable && OnPath(PeerCommands.Vips):
                return (new ExternalTool("vips", "vipsthumbnail CLI: it cannot chain, one process (one decode) per preset", PeerCommands.VipsThumbnail), null);
            case "magick" when timeAvailable && File.Exists(PeerCommands.Magick):
                return (new ExternalTool("magick", "ImageMagick 6 convert -thumbnail, one process, +clone/-write per preset", PeerCommands.ImageMagick), null);
            case "ours-aot-cold" when bootstrap is not null && File.Exists(bootstrap):
                return (new ColdTool(await ColdSandbox.StartAsync(functionLog, cancellationToken), bootstrap), null);
            case "ours-aot-cold":
                return (null, "no bootstrap (pass --bootstrap or run through ./thumbs, which sets THUMBS_BOOTSTRAP)");
            default:
                return (null, $"{name} or {ExternalTool.TimeCommand} is not installed (tools/bench/setup.sh installs them as root)");
        }
    }

    /// <summary>
    /// The warm worker's JIT made to compile like the shipped AOT <c>bootstrap</c>: every method fully optimised on its
    /// first call (no tier-0 code or background re-JIT inside the timed part, no ReadyToRun code from the framework)
    /// and no AVX-512, because the AOT build targets x86-64-v3.
    /// </summary>
    private static readonly (string Variable, string Value)[] AotLikeJit =
    [
        ("DOTNET_TieredCompilation", "0"),
        ("DOTNET_ReadyToRun", "0"),
        ("DOTNET_EnableAVX512", "0"),
    ];

    private static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(d => d.Length > 0 && File.Exists(Path.Combine(d, command)));
}
