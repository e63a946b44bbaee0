namespace ThumbnailService.Bench.Tests.Lambda;

public sealed class LambdaArgumentsTests
{
    [Fact]
    public void Parse_LambdaAlone_DefaultSettingsRunsAndPaths()
    {
        var parsed = LambdaArguments.Parse(["--lambda"], machineCores: 2);

        Assert.Equal([256, 512, 1024, 1536, 1769, 2048, 3008], parsed.MemoryMb);
        Assert.Equal((5, 3, "bench-lambda.json", "/sys/fs/cgroup", null, false), (parsed.Runs, parsed.ColdRuns, parsed.JsonPath, parsed.CgroupRoot, parsed.Bootstrap, parsed.FunctionLog));
    }

    [Fact]
    public void Parse_Memory_SortedWithoutRepeats() =>
        Assert.Equal([512, 1769, 3008], LambdaArguments.Parse(["--lambda", "--memory", "3008, 512,1769,512"], machineCores: 2).MemoryMb);

    [Fact]
    public void Parse_EveryOption_Kept()
    {
        var parsed = LambdaArguments.Parse(
            ["--lambda", "--runs", "9", "--cold-runs", "2", "--json", "l.json", "--bootstrap", "/b/bootstrap", "--cgroup-root", "/tmp/cg", "--function-log"], machineCores: 2);

        Assert.Equal((9, 2, "l.json", "/b/bootstrap", "/tmp/cg", true), (parsed.Runs, parsed.ColdRuns, parsed.JsonPath, parsed.Bootstrap, parsed.CgroupRoot, parsed.FunctionLog));
    }

    [Theory]
    [InlineData("--memory", "64", "--memory '64' must be Lambda memory settings in MB, 128 to 10240")]
    [InlineData("--memory", "512,lots", "--memory '512,lots'")]
    [InlineData("--memory", ",", "--memory ','")]
    [InlineData("--runs", "0", "--runs '0' must be a whole number from 1 to 100")]
    [InlineData("--cold-runs", "x", "--cold-runs 'x'")]
    [InlineData("--tools", "ours", "unknown option '--tools'")]
    public void Parse_BadValue_UsageError(string option, string value, string message) =>
        Assert.Contains(message, Assert.Throws<UsageException>(() => LambdaArguments.Parse(["--lambda", option, value], machineCores: 2)).Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_MoreVcpuThanCores_UsageErrorNamesTheLimit() =>
        Assert.Equal(
            "--memory 3008 MB is 1.70 vCPU and this machine has 1 cores: settings up to 1769 MB can be reproduced (pass --memory)",
            Assert.Throws<UsageException>(() => LambdaArguments.Parse(["--lambda", "--memory", "512,3008"], machineCores: 1)).Message);

    [Theory]
    [InlineData(new[] { "--runs", "3", "--lambda" }, true)]
    [InlineData(new[] { "--cold" }, false)]
    public void Requested_Arguments_TrueWithLambdaFlag(string[] arguments, bool expected) =>
        Assert.Equal(expected, LambdaArguments.Requested(arguments));
}
