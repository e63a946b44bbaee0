using ThumbnailService.Functions.Composition;
using ThumbnailService.LambdaRuntime;

return await LambdaRuntimeHost.RunAsync(logger => FunctionComposition.Initialize(logger, Environment.GetEnvironmentVariable));
