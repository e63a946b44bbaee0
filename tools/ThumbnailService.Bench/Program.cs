using ThumbnailService.Bench.Commands;

// `thumbs bench` (./thumbs starts this program), the worker it starts for our pipeline, the sample painter and the chart of a saved run.
ICommand[] commands = [new BenchCommand(), new BenchWorkerCommand(), new SamplesCommand(), new ChartCommand()];

return await CommandHost.RunAsync(commands, args);
