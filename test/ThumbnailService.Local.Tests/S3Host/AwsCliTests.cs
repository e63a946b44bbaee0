using System.Diagnostics;

namespace ThumbnailService.Local.Tests.S3Host;

[Trait("Category", "Integration")]
public sealed class AwsCliTests(S3HostFixture fixture) : IClassFixture<S3HostFixture>
{
    [RequiresFact("node", "aws")]
    public async Task AwsCliS3Cp_Upload_BytesReadBackEqual()
    {
        var key = S3HostFixture.NewPrefix(nameof(AwsCliS3Cp_Upload_BytesReadBackEqual)) + "from cli é.bin";
        var bytes = TestBytes.Random(3 * 1024 * 1024 + 5);
        var file = Path.Combine(Path.GetTempPath(), $"s3host-cli-{Guid.NewGuid():N}.bin");
        await File.WriteAllBytesAsync(file, bytes);
        try
        {
            var (exitCode, output) = await RunAwsAsync(
                "--endpoint-url", fixture.Host.Endpoint.AbsoluteUri.TrimEnd('/'), "s3", "cp", file, $"s3://{S3HostFixture.ThumbnailBucket}/{key}");

            Assert.True(exitCode == 0, $"aws s3 cp failed ({exitCode}): {output}");
            Assert.Equal(bytes, await TestBytes.ReadObjectAsync(fixture.Client, S3HostFixture.ThumbnailBucket, key));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAwsAsync(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("aws") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["AWS_ACCESS_KEY_ID"] = "S3RVER";
        startInfo.Environment["AWS_SECRET_ACCESS_KEY"] = "S3RVER";
        startInfo.Environment["AWS_DEFAULT_REGION"] = "us-east-1";
        startInfo.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        startInfo.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        using var aws = Process.Start(startInfo)
            ?? throw new InvalidOperationException("Could not start 'aws': install awscli (Debian package awscli) and put it on PATH.");
        var output = aws.StandardOutput.ReadToEndAsync();
        var errors = aws.StandardError.ReadToEndAsync();
        await aws.WaitForExitAsync();
        return (aws.ExitCode, await output + await errors);
    }
}
