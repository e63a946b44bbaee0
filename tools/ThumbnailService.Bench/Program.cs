using ThumbnailService.Bench.Commands;

// `thumbs bench` (./thumbs starts this program), the worker it starts for our pipeline and the sample painter.
ICommand[] commands = [new BenchCommand(), new BenchWorkerCommand(), new SamplesCommand()];

return await CommandHost.RunAsync(commands, args);
