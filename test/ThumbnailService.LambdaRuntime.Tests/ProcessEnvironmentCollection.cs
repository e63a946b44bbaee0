namespace ThumbnailService.LambdaRuntime.Tests;

/// <summary>Tests that change process-wide state (environment variables, GC limits) run one at a time.</summary>
[CollectionDefinition(nameof(ProcessEnvironmentCollection), DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection;
