namespace ThumbnailService.Local.Tests.Emulator;

/// <summary>
/// A custom runtime in bash + curl: echoes each event back, sleeps on <c>"sleep"</c>, exits 7 on <c>"crash"</c>,
/// and posts an init error then exits 3 when <c>FAIL_INIT=1</c>.
/// </summary>
internal static class EchoRuntimeScript
{
    private const string Script = """
        #!/usr/bin/env bash
        set -u
        api="http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime"
        echo "init handler=${_HANDLER} memory=${AWS_LAMBDA_FUNCTION_MEMORY_SIZE} region=${AWS_REGION}"
        if [ "${FAIL_INIT:-}" = "1" ]; then
          curl -sS -X POST "$api/init/error" -H 'Lambda-Runtime-Function-Error-Type: Runtime.ConfigurationError' \
            -d '{"errorMessage":"bad config","errorType":"Runtime.ConfigurationError"}' >/dev/null
          exit 3
        fi
        headers=$(mktemp)
        while true; do
          body=$(curl -sS -D "$headers" "$api/invocation/next") || exit 1
          id=$(grep -i '^Lambda-Runtime-Aws-Request-Id:' "$headers" | cut -d' ' -f2 | tr -d '\r')
          echo "handling $id" >&2
          if [ "$body" = '"sleep"' ]; then sleep 30; fi
          if [ "$body" = '"crash"' ]; then exit 7; fi
          curl -sS -X POST "$api/invocation/$id/response" --data-binary "$body" >/dev/null
        done
        """;

    /// <summary>Writes the script as an executable <c>bootstrap</c> in a fresh directory and returns its path.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static string WriteToTempDirectory()
    {
        var directory = Directory.CreateTempSubdirectory("thumbs-emulator-");
        var path = Path.Combine(directory.FullName, "bootstrap");
        File.WriteAllText(path, Script.ReplaceLineEndings("\n") + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
