namespace ThumbnailService.Bench.Tests.Lambda;

public sealed class LambdaCgroupTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("thumbs-cgroup-test-").FullName;

    [Fact]
    public void Create_CpuController_WritesPeriodThenQuota()
    {
        Directory.CreateDirectory(Path.Combine(_root, "cpu"));

        using var group = LambdaCgroup.Create(_root, "g-512", 512);

        var cpu = Path.Combine(_root, "cpu", "g-512");
        Assert.Equal("100000", File.ReadAllText(Path.Combine(cpu, "cpu.cfs_period_us")));
        Assert.Equal("28943", File.ReadAllText(Path.Combine(cpu, "cpu.cfs_quota_us")));
        Assert.Equal([Path.Combine(cpu, "cgroup.procs")], group.ProcsFiles);
        Assert.False(group.MemoryLimited);
        ForgetControlFiles();
    }

    [Fact]
    public void Create_MemoryController_LimitIsTheSettingInBytes()
    {
        Directory.CreateDirectory(Path.Combine(_root, "cpu"));
        Directory.CreateDirectory(Path.Combine(_root, "memory"));
        File.WriteAllText(Path.Combine(_root, "memory", "memory.limit_in_bytes"), "9223372036854771712");

        using var group = LambdaCgroup.Create(_root, "g-1024", 1024);

        Assert.True(group.MemoryLimited);
        Assert.Equal("1073741824", File.ReadAllText(Path.Combine(_root, "memory", "g-1024", "memory.limit_in_bytes")));
        Assert.Equal(
            [Path.Combine(_root, "cpu", "g-1024", "cgroup.procs"), Path.Combine(_root, "memory", "g-1024", "cgroup.procs")],
            group.ProcsFiles);
        ForgetControlFiles();
    }

    [Fact]
    public void Dispose_GroupsEmptied_DirectoriesRemoved()
    {
        Directory.CreateDirectory(Path.Combine(_root, "cpu"));
        Directory.CreateDirectory(Path.Combine(_root, "memory"));
        File.WriteAllText(Path.Combine(_root, "memory", "memory.limit_in_bytes"), "1");
        var group = LambdaCgroup.Create(_root, "g-256", 256);
        ForgetControlFiles();

        group.Dispose();

        Assert.False(Directory.Exists(Path.Combine(_root, "cpu", "g-256")));
        Assert.False(Directory.Exists(Path.Combine(_root, "memory", "g-256")));
    }

    [Fact]
    public void Create_GroupNameTakenByAFile_IOException()
    {
        Directory.CreateDirectory(Path.Combine(_root, "cpu"));
        File.WriteAllText(Path.Combine(_root, "cpu", "g-512"), "");

        Assert.ThrowsAny<IOException>(() => LambdaCgroup.Create(_root, "g-512", 512));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>The kernel removes a group's control files with its rmdir; a temp directory needs them deleted first.</summary>
    private void ForgetControlFiles()
    {
        foreach (var group in Directory.EnumerateDirectories(_root).SelectMany(Directory.EnumerateDirectories))
        {
            foreach (var file in Directory.EnumerateFiles(group))
            {
                File.Delete(file);
            }
        }
    }
}
