namespace ThumbnailService.Bench.Tests.Lambda;

public sealed class LambdaThrottleTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("thumbs-throttle-test-").FullName;

    [Fact]
    public void Create_NoCpuController_UnthrottledAndSaysWhy()
    {
        using var throttle = LambdaThrottle.Create(_root, "t", [512, 1024]);

        Assert.False(throttle.Throttled);
        Assert.Null(throttle.Group(512));
        Assert.StartsWith("UNTHROTTLED: " + Path.Combine(_root, "cpu") + " is not a cgroup v1 cpu controller", throttle.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_GroupCannotBeMade_UnthrottledAndSaysWhy()
    {
        var cpu = Directory.CreateDirectory(Path.Combine(_root, "cpu")).FullName;
        File.WriteAllText(Path.Combine(cpu, "cpu.cfs_quota_us"), "-1");
        File.WriteAllText(Path.Combine(cpu, "t-512"), "a file where the group would go");

        using var throttle = LambdaThrottle.Create(_root, "t", [512, 1024]);

        Assert.False(throttle.Throttled);
        Assert.Null(throttle.Group(1024));
        Assert.StartsWith("UNTHROTTLED: cannot create a group under " + cpu, throttle.Message, StringComparison.Ordinal);
        Assert.Contains("runs with the whole machine", throttle.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(cpu, "t-1024")));
    }

    [Fact]
    public void Create_CpuController_OneGroupPerSetting()
    {
        var cpu = Directory.CreateDirectory(Path.Combine(_root, "cpu")).FullName;
        File.WriteAllText(Path.Combine(cpu, "cpu.cfs_quota_us"), "-1");

        using var throttle = LambdaThrottle.Create(_root, "t", [512, 3008]);

        Assert.True(throttle.Throttled);
        Assert.Equal("170040", File.ReadAllText(Path.Combine(cpu, "t-3008", "cpu.cfs_quota_us")));
        Assert.Equal(512, throttle.Group(512)?.MemoryMb);
        Assert.Contains("memory NOT limited", throttle.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
