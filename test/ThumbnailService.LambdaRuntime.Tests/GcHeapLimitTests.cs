namespace ThumbnailService.LambdaRuntime.Tests;

[Collection(nameof(ProcessEnvironmentCollection))]
public sealed class GcHeapLimitTests
{
    [Fact]
    public void ApplyFromEnvironment_MemorySize_SetsHeapHardLimit()
    {
        var limit = GcHeapLimit.ApplyFromEnvironment(name => name == "AWS_LAMBDA_FUNCTION_MEMORY_SIZE" ? "8192" : null);

        Assert.Equal((ulong)(8192 * 1024.0 * 1024.0 * GcHeapLimit.HeapShare), limit);
        Assert.Equal((long)limit!.Value, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-5")]
    [InlineData("lots")]
    public void ApplyFromEnvironment_NoUsableValue_ReturnsNull(string? value)
    {
        Assert.Null(GcHeapLimit.ApplyFromEnvironment(_ => value));
    }
}
