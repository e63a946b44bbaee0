using ThumbnailService.Bench.Commands;

// `thumbs bench` (./thumbs starts this program) and the worker it starts for our pipeline.
ICommand[] commands = [new BenchCommand(), new BenchWorkerCommand()];

return await CommandHost.RunAsync(commands, args);
