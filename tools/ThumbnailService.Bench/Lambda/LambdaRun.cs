using ThumbnailService.Bench.Harness;

namespace ThumbnailService.Bench.Lambda;

/// <summary>The warm and cold rounds of the Lambda bench; each source of each setting is measured until it first fails.</summary>
internal sealed class LambdaRun(string bootstrap, LambdaThrottle throttle, IReadOnlyList<BenchImage> images, LambdaArguments arguments, LambdaSamples samples, TextWriter progress)
{
    private IReadOnlyList<int> Settings => arguments.MemoryMb;

    /// <summary>One process per setting; round 0 (each process's init and first render of every source) is not timed.</summary>
    public async Task WarmAsync(BenchS3 s3, CancellationToken cancellationToken)
    {
        var functions = new List<LambdaFunction>();
        try
        {
            foreach (var memory in Settings)
            {
                functions.Add(await StartAsync(s3, memory, cancellationToken));
            }

            for (int round = 0; round <= arguments.Runs; round++)
            {
                await progress.WriteLineAsync(round == 0 ? "bench --lambda: warm, untimed first round ..." : $"bench --lambda: warm, round {round}/{arguments.Runs} ...");
                for (int i = 0; i < functions.Count; i++)
                {
                    var function = functions[(i + round) % functions.Count];
                    foreach (var image in images)
                    {
                        await MeasureAsync(s3, function, LambdaMode.Warm, image, timed: round > 0, cancellationToken);
                    }
                }
            }
        }
        finally
        {
            foreach (var function in functions)
            {
                await function.DisposeAsync();
            }
        }
    }

    /// <summary>A new process for every source: exec, init (to the first /next) and the first invocation.</summary>
    public async Task ColdAsync(BenchS3 s3, CancellationToken cancellationToken)
    {
        for (int round = 1; round <= arguments.ColdRuns; round++)
        {
            await progress.WriteLineAsync($"bench --lambda: cold, round {round}/{arguments.ColdRuns} ...");
            for (int i = 0; i < Settings.Count; i++)
            {
                var memory = Settings[(i + round) % Settings.Count];
                foreach (var image in images)
                {
                    await using var function = await StartAsync(s3, memory, cancellationToken);
                    await MeasureAsync(s3, function, LambdaMode.Cold, image, timed: true, cancellationToken);
                }
            }
        }
    }

    private Task<LambdaFunction> StartAsync(BenchS3 s3, int memory, CancellationToken cancellationToken) =>
        LambdaFunction.StartAsync(bootstrap, memory, throttle.Group(memory), s3.FunctionEnvironment(), arguments.FunctionLog ? progress : null, cancellationToken);

    private async Task MeasureAsync(BenchS3 s3, LambdaFunction function, LambdaMode mode, BenchImage image, bool timed, CancellationToken cancellationToken)
    {
        if (samples.HasFailed(function.MemoryMb, mode, image.Name))
        {
            return;
        }

        (_, byte[] payload) = await s3.UploadAsync("lambda", image.Path, cancellationToken);
        var invocation = await function.InvokeAsync(payload, cancellationToken);
        if (invocation.Failure is { } failure)
        {
            samples.Fail(function.MemoryMb, mode, image.Name, failure);
            await progress.WriteLineAsync($"bench --lambda: {image.Name} at {function.MemoryMb} MB ({mode}) failed, left out: {failure}");
        }
        else if (timed)
        {
            // Warm: the invocation alone. Cold: init + invocation, which is what Lambda bills a custom runtime's cold start.
            var ms = mode == LambdaMode.Warm ? invocation.DurationMs : invocation.BilledBasisMs;
            samples.Add(function.MemoryMb, mode, image.Name, ms, invocation.PeakRssMb);
        }
        else
        {
            samples.NotePeak(function.MemoryMb, invocation.PeakRssMb);
        }
    }
}
