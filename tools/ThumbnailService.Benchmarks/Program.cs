using BenchmarkDotNet.Running;
using ThumbnailService.Benchmarks;

// Any BenchmarkDotNet arguments pass through: --filter '*Jpeg*', --list flat, --job dry, ...
BenchmarkSwitcher.FromAssembly(typeof(MicroConfig).Assembly).Run(args, MicroConfig.Create());
