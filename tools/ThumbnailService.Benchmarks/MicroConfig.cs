using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;

namespace ThumbnailService.Benchmarks;

/// <summary>
/// One short job for every benchmark (3 warm-up and 10 measured iterations, one process per case), with the JIT made
/// to compile like the shipped Native AOT <c>bootstrap</c>, as the warm worker of <c>./thumbs bench</c> does: every
/// method fully optimised on its first call (no tier-0 code, no dynamic PGO the AOT build cannot have), no ReadyToRun
/// code from the framework, and no AVX-512 because the AOT build targets x86-64-v3. Memory diagnoser (managed
/// allocations only: ImageSharp takes pixel buffers from unmanaged memory), console table and a GitHub-markdown table
/// in BenchmarkDotNet.Artifacts/results/.
/// The AVX-512 switch is <c>DOTNET_EnableAVX512</c>: on .NET 10 <c>DOTNET_EnableAVX512F=0</c> no longer turns it off
/// (checked: Avx512F.IsSupported stays true), and the summary's header shows "x86-64-v3" for this job when it took.
/// </summary>
internal static class MicroConfig
{
    public static IConfig Create()
    {
        Job job = Job.Default
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithEnvironmentVariables(
                new EnvironmentVariable("DOTNET_TieredCompilation", "0"),
                new EnvironmentVariable("DOTNET_ReadyToRun", "0"),
                new EnvironmentVariable("DOTNET_EnableAVX512", "0"))
            .WithId("AotLikeJit");
        return ManualConfig.CreateEmpty()
            .AddColumnProvider(DefaultConfig.Instance.GetColumnProviders().ToArray())
            .AddColumn(StatisticColumn.Median, StatisticColumn.Min) // on a shared, loaded machine the minimum is the steadiest
            .AddLogger(ConsoleLogger.Default)
            .AddValidator(DefaultConfig.Instance.GetValidators().ToArray())
            .AddAnalyser(DefaultConfig.Instance.GetAnalysers().ToArray())
            .AddExporter(MarkdownExporter.GitHub)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddJob(job);
    }
}
