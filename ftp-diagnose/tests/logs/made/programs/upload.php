<?php
// A PHP script as one would write it: connect, log in, passive mode, then one action.
// Usage: php upload.php HOST PORT USER PASSWORD (get REMOTE | put LOCAL REMOTE | list DIR |
//        mlsd DIR | idle SECONDS) [ssl]
[, $host, $port, $user, $password, $action] = $argv;
$args = array_slice($argv, 6);
$ssl = end($args) === 'ssl';
if ($ssl) array_pop($args);

$conn = $ssl ? ftp_ssl_connect($host, (int)$port, 10) : ftp_connect($host, (int)$port, 10);
if ($conn === false) {
    echo "Could not connect to $host:$port\n";
    exit(1);
}
if (!ftp_login($conn, $user, $password)) {
    echo "Could not log in as $user\n";
    ftp_close($conn);
    exit(1);
}
echo "Connected as $user@$host\n";
ftp_pasv($conn, true);

switch ($action) {
    case 'get':
        $local = '/tmp/made-work/' . basename($args[0]);
        if (ftp_get($conn, $local, $args[0], FTP_BINARY)) {
            echo "Downloaded $args[0]\n";
        } else {
            echo "There was a problem downloading $args[0]\n";
        }
        break;
    case 'put':
        if (ftp_put($conn, $args[1], $args[0], FTP_BINARY)) {
            echo "Uploaded $args[0] to $args[1]\n";
        } else {
            echo "There was a problem uploading $args[0]\n";
        }
        break;
    case 'list':
        $list = ftp_nlist($conn, $args[0]);
        if ($list === false) {
            echo "Could not list $args[0]\n";
        } else {
            print_r($list);
        }
        break;
    case 'mlsd':
        $list = ftp_mlsd($conn, $args[0]);
        if ($list === false) {
            echo "Could not list $args[0]\n";
        } else {
            foreach ($list as $entry) {
                echo "$entry[name] $entry[type] $entry[modify]\n";
            }
        }
        break;
    case 'idle':
        sleep((int)$args[0]);
        $list = ftp_nlist($conn, '.');
        if ($list === false) {
            echo "Could not list the directory\n";
        } else {
            print_r($list);
        }
        break;
}
ftp_close($conn);
