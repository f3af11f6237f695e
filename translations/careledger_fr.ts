<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Consortium</name>
    <message>
        <source>This is not a CareLedger key file.</source>
        <translation>Ce n’est pas un fichier de clé CareLedger.</translation>
    </message>
    <message>
        <source>The key file&apos;s parameters are damaged.</source>
        <translation>Les paramètres du fichier de clé sont endommagés.</translation>
    </message>
    <message>
        <source>The passphrase does not open this key file.</source>
        <translation>La phrase secrète n’ouvre pas ce fichier de clé.</translation>
    </message>
    <message>
        <source>The key in this file is damaged.</source>
        <translation>La clé contenue dans ce fichier est endommagée.</translation>
    </message>
    <message>
        <source>This is not a CareLedger genesis file.</source>
        <translation>Ce n’est pas un fichier de genèse CareLedger.</translation>
    </message>
    <message>
        <source>The genesis file is damaged: %1</source>
        <translation>Le fichier de genèse est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>A public key file does not hold a P-256 public key.</source>
        <translation>Un fichier de clé publique ne contient pas de clé publique P-256.</translation>
    </message>
</context>
<context>
    <name>DemoClinic</name>
    <message>
        <source>No data folder was given.</source>
        <translation>Aucun dossier de données n’a été indiqué.</translation>
    </message>
    <message>
        <source>The folder %1 is in the way; remove it and retry.</source>
        <translation>Le dossier %1 gêne l’opération ; supprimez-le puis réessayez.</translation>
    </message>
    <message>
        <source>The demo clinic could not be moved into %1.</source>
        <translation>La clinique de démonstration n’a pas pu être placée dans %1.</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>The workstation&apos;s node key cannot be opened.</source>
        <translation>La clé de nœud du poste de travail ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>The workstation&apos;s node key is damaged.</source>
        <translation>La clé de nœud du poste de travail est endommagée.</translation>
    </message>
    <message>
        <source>This workstation has no node identity yet.</source>
        <translation>Ce poste de travail n’a pas encore d’identité de nœud.</translation>
    </message>
    <message>
        <source>The node key is not usable.</source>
        <translation>La clé du nœud est inutilisable.</translation>
    </message>
    <message>
        <source>This node key is not a member of the consortium&apos;s genesis.</source>
        <translation>Cette clé de nœud ne fait pas partie de la genèse du consortium.</translation>
    </message>
    <message>
        <source>Creating the workstation&apos;s keys</source>
        <translation>Création des clés du poste de travail</translation>
    </message>
    <message>
        <source>Creating the genesis block</source>
        <translation>Création du bloc de genèse</translation>
    </message>
    <message>
        <source>This store already holds a chain.</source>
        <translation>Cet entrepôt de données contient déjà une chaîne.</translation>
    </message>
    <message>
        <source>No signing key is open.</source>
        <translation>Aucune clé de signature n’est ouverte.</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Veuillez d’abord vous connecter.</translation>
    </message>
    <message>
        <source>This store holds no chain.</source>
        <translation>Cet entrepôt de données ne contient aucune chaîne.</translation>
    </message>
    <message>
        <source>There is no such block.</source>
        <translation>Ce bloc n’existe pas.</translation>
    </message>
    <message>
        <source>No transaction of this record is on the chain yet.</source>
        <translation>Aucune transaction de ce dossier n’est encore dans la chaîne.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>Le mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>Le mot de passe ne doit pas contenir le nom d’utilisateur.</translation>
    </message>
    <message>
        <source>The password must not repeat a single character.</source>
        <translation>Le mot de passe ne doit pas être la répétition d’un seul caractère.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Record ids and pseudonyms are 1 to %1 bytes long.</source>
        <translation>Les identifiants de dossier et les pseudonymes font de 1 à %1 octets.</translation>
    </message>
    <message>
        <source>Unknown record kind “%1”.</source>
        <translation>Type de dossier inconnu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Record versions start at 1.</source>
        <translation>Les versions d’un dossier commencent à 1.</translation>
    </message>
    <message>
        <source>This record was erased.</source>
        <translation>Ce dossier a été effacé.</translation>
    </message>
    <message>
        <source>This record belongs to another patient.</source>
        <translation>Ce dossier appartient à un autre patient.</translation>
    </message>
    <message>
        <source>Version %1 of this record is already stored.</source>
        <translation>La version %1 de ce dossier est déjà enregistrée.</translation>
    </message>
    <message>
        <source>The next version of this record is %1.</source>
        <translation>La prochaine version de ce dossier est la %1.</translation>
    </message>
    <message>
        <source>This record is already erased.</source>
        <translation>Ce dossier est déjà effacé.</translation>
    </message>
    <message>
        <source>No record is stored under this id.</source>
        <translation>Aucun dossier n’est enregistré sous cet identifiant.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Infirmier</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>careledger --screenshots: %1</source>
        <translation>careledger --screenshots : %1</translation>
    </message>
    <message>
        <source>signing in as %1 took too long</source>
        <translation>la connexion en tant que %1 a pris trop de temps</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>the administrator cannot sign in</source>
        <translation>l’administrateur ne peut pas se connecter</translation>
    </message>
    <message>
        <source>no administrator session</source>
        <translation>aucune session d’administrateur</translation>
    </message>
    <message>
        <source>the staff accounts did not load</source>
        <translation>les comptes du personnel ne se sont pas chargés</translation>
    </message>
    <message>
        <source>the new-account dialog did not open</source>
        <translation>la fenêtre de nouveau compte ne s’est pas ouverte</translation>
    </message>
    <message>
        <source>the enable-account dialog did not open</source>
        <translation>la fenêtre de réactivation du compte ne s’est pas ouverte</translation>
    </message>
    <message>
        <source>the doctor cannot sign in</source>
        <translation>le médecin ne peut pas se connecter</translation>
    </message>
    <message>
        <source>the nurse cannot sign in</source>
        <translation>l’infirmier ne peut pas se connecter</translation>
    </message>
    <message>
        <source>a wrong password was accepted</source>
        <translation>un mot de passe erroné a été accepté</translation>
    </message>
    <message>
        <source>the account did not lock after repeated wrong passwords</source>
        <translation>le compte ne s’est pas verrouillé après plusieurs mots de passe erronés</translation>
    </message>
    <message>
        <source>the administrator has no Ledger page</source>
        <translation>l’administrateur n’a pas de page Registre</translation>
    </message>
    <message>
        <source>the ledger did not load</source>
        <translation>le registre ne s’est pas chargé</translation>
    </message>
    <message>
        <source>the transactions of a block did not load</source>
        <translation>les transactions d’un bloc ne se sont pas chargées</translation>
    </message>
    <message>
        <source>the verification did not finish</source>
        <translation>la vérification ne s’est pas terminée</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Live vitals</source>
        <translation>Constantes en direct</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <source>No such staff account (%1).</source>
        <translation>Ce compte du personnel n’existe pas (%1).</translation>
    </message>
    <message>
        <source>by user name</source>
        <translation>par nom d’utilisateur</translation>
    </message>
    <message>
        <source>This staff account has no active signing key.</source>
        <translation>Ce compte du personnel n’a pas de clé de signature active.</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>The user name must be 3 to 32 characters long.</source>
        <translation>Le nom d’utilisateur doit comporter de 3 à 32 caractères.</translation>
    </message>
    <message>
        <source>The user name may contain only lower-case letters, digits, dots, underscores and hyphens.</source>
        <translation>Le nom d’utilisateur ne peut contenir que des lettres minuscules, des chiffres, des points, des tirets bas et des traits d’union.</translation>
    </message>
    <message>
        <source>The display name must not be empty.</source>
        <translation>Le nom affiché ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The display name must be at most %1 characters long.</source>
        <translation>Le nom affiché doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The signing key could not be sealed: %1</source>
        <translation>La clé de signature n’a pas pu être scellée : %1</translation>
    </message>
    <message>
        <source>A signing key could not be generated: %1</source>
        <translation>Impossible de générer une clé de signature : %1</translation>
    </message>
    <message>
        <source>Your signing key cannot be opened (%1). Ask an administrator to reset your password.</source>
        <translation>Votre clé de signature ne peut pas être ouverte (%1). Demandez à un administrateur de réinitialiser votre mot de passe.</translation>
    </message>
    <message>
        <source>the key has been retired</source>
        <translation>la clé a été retirée</translation>
    </message>
    <message>
        <source>it is not sealed under this password</source>
        <translation>elle n’est pas scellée avec ce mot de passe</translation>
    </message>
    <message>
        <source>the stored key is damaged</source>
        <translation>la clé enregistrée est endommagée</translation>
    </message>
    <message>
        <source>the stored key does not match its public half</source>
        <translation>la clé enregistrée ne correspond pas à sa partie publique</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Veuillez d’abord vous connecter.</translation>
    </message>
    <message>
        <source>Please change your temporary password first.</source>
        <translation>Veuillez d’abord changer votre mot de passe temporaire.</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Seul un administrateur peut effectuer cette opération.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Votre rôle ne le permet pas.</translation>
    </message>
    <message>
        <source>The user name “%1” is already taken.</source>
        <translation>Le nom d’utilisateur «&#xa0;%1&#xa0;» est déjà pris.</translation>
    </message>
    <message>
        <source>There is no such staff account.</source>
        <translation>Ce compte du personnel n’existe pas.</translation>
    </message>
    <message>
        <source>The last enabled administrator cannot be disabled.</source>
        <translation>Le dernier administrateur actif ne peut pas être désactivé.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>The account is disabled, but its password could not be revoked: %1</source>
        <translation>Le compte est désactivé, mais son mot de passe n’a pas pu être révoqué : %1</translation>
    </message>
    <message>
        <source>This account is already enabled; reset its password instead.</source>
        <translation>Ce compte est déjà actif ; réinitialisez plutôt son mot de passe.</translation>
    </message>
    <message>
        <source>Change your own password instead of resetting it.</source>
        <translation>Changez votre propre mot de passe au lieu de le réinitialiser.</translation>
    </message>
    <message>
        <source>This account is disabled; enable it with a temporary password instead.</source>
        <translation>Ce compte est désactivé ; réactivez-le plutôt avec un mot de passe temporaire.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Le fichier de base de données %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read (%2).</source>
        <translation>Le fichier de base de données %1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a CareLedger database.</source>
        <translation>%1 est vide : ce n’est pas une base de données CareLedger.</translation>
    </message>
    <message>
        <source>%1 is a plain, unencrypted SQLite file, not a CareLedger encrypted database.</source>
        <translation>%1 est un simple fichier SQLite non chiffré, et non une base de données chiffrée CareLedger.</translation>
    </message>
    <message>
        <source>%1 is not a CareLedger database (its size is not a whole number of pages).</source>
        <translation>%1 n’est pas une base de données CareLedger (sa taille n’est pas un nombre entier de pages).</translation>
    </message>
    <message>
        <source>%1 is damaged: it was truncated or partly overwritten.</source>
        <translation>%1 est endommagé : il a été tronqué ou partiellement écrasé.</translation>
    </message>
    <message>
        <source>%1: the location cannot be written (%2).</source>
        <translation>%1 : impossible d’écrire à cet emplacement (%2).</translation>
    </message>
    <message>
        <source>%1: the disk is full (%2).</source>
        <translation>%1 : le disque est plein (%2).</translation>
    </message>
    <message>
        <source>%1: the file already exists.</source>
        <translation>%1 : le fichier existe déjà.</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1 : le dossier n’existe pas.</translation>
    </message>
    <message>
        <source>%1: input/output error (%2).</source>
        <translation>%1 : erreur d’entrée-sortie (%2).</translation>
    </message>
    <message>
        <source>%1: out of memory.</source>
        <translation>%1 : mémoire insuffisante.</translation>
    </message>
    <message>
        <source>%1: the disk is full or the file size limit was reached; nothing was changed.</source>
        <translation>%1 : le disque est plein ou la taille maximale de fichier est atteinte ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1: the data folder or file cannot be written.</source>
        <translation>%1 : impossible d’écrire dans le dossier de données ou le fichier.</translation>
    </message>
    <message>
        <source>%1: the file or its folder does not exist.</source>
        <translation>%1 : le fichier ou son dossier n’existe pas.</translation>
    </message>
    <message>
        <source>%1: the file cannot be opened (%2).</source>
        <translation>%1 : le fichier ne peut pas être ouvert (%2).</translation>
    </message>
    <message>
        <source>%1: the database is in use by another program; try again.</source>
        <translation>%1 : la base de données est utilisée par un autre programme ; réessayez.</translation>
    </message>
    <message>
        <source>%1: the change conflicts with existing data (%2).</source>
        <translation>%1 : la modification est en conflit avec des données existantes (%2).</translation>
    </message>
    <message>
        <source>%1: the database file is damaged.</source>
        <translation>%1 : le fichier de base de données est endommagé.</translation>
    </message>
    <message>
        <source>%1: wrong key or damaged file.</source>
        <translation>%1 : clé erronée ou fichier endommagé.</translation>
    </message>
    <message>
        <source>%1: unexpected database error (%2).</source>
        <translation>%1 : erreur inattendue de la base de données (%2).</translation>
    </message>
    <message>
        <source>%1: foreign keys could not be enabled.</source>
        <translation>%1 : les clés étrangères n’ont pas pu être activées.</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check failed).</source>
        <translation>%1 est endommagé (échec du contrôle d’intégrité).</translation>
    </message>
    <message>
        <source>%1: the setting %2 did not take effect.</source>
        <translation>%1 : le paramètre %2 n’a pas été appliqué.</translation>
    </message>
    <message>
        <source>%1: the database key must be 32 bytes.</source>
        <translation>%1 : la clé de la base de données doit faire 32 octets.</translation>
    </message>
    <message>
        <source>%1: the SQLite library in use does not encrypt (SQLCipher missing).</source>
        <translation>%1 : la bibliothèque SQLite utilisée ne chiffre pas (SQLCipher absent).</translation>
    </message>
    <message>
        <source>%1: write-ahead logging could not be enabled.</source>
        <translation>%1 : la journalisation anticipée (WAL) n’a pas pu être activée.</translation>
    </message>
    <message>
        <source>%1: %2 already exists; refusing to overwrite it.</source>
        <translation>%1 : %2 existe déjà ; il ne sera pas écrasé.</translation>
    </message>
    <message>
        <source>A database statement was used before it was prepared.</source>
        <translation>Une requête de base de données a été utilisée avant d’être préparée.</translation>
    </message>
    <message>
        <source>A value could not be bound to a database statement.</source>
        <translation>Une valeur n’a pas pu être liée à une requête de base de données.</translation>
    </message>
    <message>
        <source>Database operation</source>
        <translation>Opération sur la base de données</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>La transaction était déjà terminée.</translation>
    </message>
    <message>
        <source>Creating the database %1</source>
        <translation>Création de la base de données %1</translation>
    </message>
    <message>
        <source>%1: a database file already exists there; refusing to overwrite it.</source>
        <translation>%1 : un fichier de base de données existe déjà à cet endroit ; il ne sera pas écrasé.</translation>
    </message>
    <message>
        <source>Opening the database %1</source>
        <translation>Ouverture de la base de données %1</translation>
    </message>
    <message>
        <source>%1: the file is read-only.</source>
        <translation>%1 : le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not an SQLite file.</source>
        <translation>%1 n’est pas un fichier SQLite.</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>Création de %1</translation>
    </message>
    <message>
        <source>%1: a file already exists there; refusing to overwrite it.</source>
        <translation>%1 : un fichier existe déjà à cet endroit ; il ne sera pas écrasé.</translation>
    </message>
    <message>
        <source>Preparing a database statement</source>
        <translation>Préparation d’une requête de base de données</translation>
    </message>
    <message>
        <source>Preparing a database statement: the statement is empty.</source>
        <translation>Préparation d’une requête de base de données : la requête est vide.</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>Début d’une transaction</translation>
    </message>
    <message>
        <source>The list of schema migrations is not in increasing order.</source>
        <translation>La liste des migrations de schéma n’est pas dans l’ordre croissant.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CareLedger (data format %2; this version knows up to %3). Install the newer CareLedger to open it; nothing was changed.</source>
        <translation>%1 a été écrit par une version plus récente de CareLedger (format de données %2 ; cette version connaît jusqu’au format %3). Installez la version plus récente de CareLedger pour l’ouvrir ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Upgrading the data format to version %1</source>
        <translation>Mise à niveau du format de données vers la version %1</translation>
    </message>
    <message>
        <source>The password key parameters are not usable: %1</source>
        <translation>Les paramètres de dérivation de la clé du mot de passe sont inutilisables : %1</translation>
    </message>
    <message>
        <source>Deriving the key-slot keys failed.</source>
        <translation>La dérivation des clés de l’emplacement de clé a échoué.</translation>
    </message>
    <message>
        <source>Creating the key-slot file: the store id or key check has the wrong length.</source>
        <translation>Création du fichier des emplacements de clé : l’identifiant de l’entrepôt ou la valeur de contrôle de clé n’a pas la bonne longueur.</translation>
    </message>
    <message>
        <source>The key-slot file %1 is damaged or incomplete.</source>
        <translation>Le fichier des emplacements de clé %1 est endommagé ou incomplet.</translation>
    </message>
    <message>
        <source>The key-slot file %1 was written by a newer version of CareLedger; install it to open this store.</source>
        <translation>Le fichier des emplacements de clé %1 a été écrit par une version plus récente de CareLedger ; installez-la pour ouvrir cet entrepôt de données.</translation>
    </message>
    <message>
        <source>Saving a key slot: the database key must be 32 bytes.</source>
        <translation>Enregistrement d’un emplacement de clé : la clé de la base de données doit faire 32 octets.</translation>
    </message>
    <message>
        <source>Saving a key slot: the key does not belong to this store.</source>
        <translation>Enregistrement d’un emplacement de clé : la clé n’appartient pas à cet entrepôt de données.</translation>
    </message>
    <message>
        <source>Sealing the key slot failed.</source>
        <translation>Le scellement de l’emplacement de clé a échoué.</translation>
    </message>
    <message>
        <source>There is no key slot for this user name.</source>
        <translation>Il n’y a pas d’emplacement de clé pour ce nom d’utilisateur.</translation>
    </message>
    <message>
        <source>The key slot in %1 is damaged.</source>
        <translation>L’emplacement de clé dans %1 est endommagé.</translation>
    </message>
    <message>
        <source>The password does not open this key slot.</source>
        <translation>Le mot de passe n’ouvre pas cet emplacement de clé.</translation>
    </message>
    <message>
        <source>Refusing to remove the last key slot: nobody could open the store any more.</source>
        <translation>Refus de supprimer le dernier emplacement de clé : plus personne ne pourrait ouvrir l’entrepôt de données.</translation>
    </message>
    <message>
        <source>Creating the data folder %1</source>
        <translation>Création du dossier de données %1</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created (%2).</source>
        <translation>%1 : le dossier ne peut pas être créé (%2).</translation>
    </message>
    <message>
        <source>%1: a file is in the way.</source>
        <translation>%1 : un fichier gêne l’opération.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: the key is right but the file cannot be read.</source>
        <translation>La base de données %1 est endommagée : la clé est correcte, mais le fichier est illisible.</translation>
    </message>
    <message>
        <source>The key does not belong to the database %1.</source>
        <translation>La clé n’appartient pas à la base de données %1.</translation>
    </message>
    <message>
        <source>There is no CareLedger store in %1.</source>
        <translation>Il n’y a pas d’entrepôt de données CareLedger dans %1.</translation>
    </message>
    <message>
        <source>The database file %1 is missing.</source>
        <translation>Le fichier de base de données %1 est introuvable.</translation>
    </message>
    <message>
        <source>The key-slot file %1 is missing.</source>
        <translation>Le fichier des emplacements de clé %1 est introuvable.</translation>
    </message>
    <message>
        <source>%1 already holds a CareLedger store; refusing to overwrite it.</source>
        <translation>%1 contient déjà un entrepôt de données CareLedger ; il ne sera pas écrasé.</translation>
    </message>
    <message>
        <source>A database key is 32 bytes long.</source>
        <translation>Une clé de base de données fait 32 octets.</translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <source>The user name or the password is not correct.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>A CareLedger store already exists in %1; refusing to overwrite it.</source>
        <translation>Un entrepôt de données CareLedger existe déjà dans %1 ; il ne sera pas écrasé.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>There is no CareLedger store in %1.</source>
        <translation>Il n’y a pas d’entrepôt de données CareLedger dans %1.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>Ce compte est désactivé. Demandez à un administrateur de le réactiver.</translation>
    </message>
    <message>
        <source>Your signing key cannot be opened (%1). Ask an administrator to reset your password.</source>
        <translation>Votre clé de signature ne peut pas être ouverte (%1). Demandez à un administrateur de réinitialiser votre mot de passe.</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Veuillez d’abord vous connecter.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>The new password must be different from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l’actuel.</translation>
    </message>
    <message>
        <source>Your signing key was replaced since you signed in. Please sign in again.</source>
        <translation>Votre clé de signature a été remplacée depuis votre connexion. Veuillez vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::BlockTableModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Sealed by the validator whose turn it was.</source>
        <translation>Scellé par le validateur dont c’était le tour.</translation>
    </message>
    <message>
        <source>Sealed by another validator after the in-turn one stayed silent; it weighs less.</source>
        <translation>Scellé par un autre validateur, celui dont c’était le tour étant resté silencieux&#xa0;; ce bloc pèse moins.</translation>
    </message>
    <message>
        <source>genesis</source>
        <translation>genèse</translation>
    </message>
    <message>
        <source>In turn</source>
        <translation>À son tour</translation>
    </message>
    <message>
        <source>Out of turn</source>
        <translation>Hors tour</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation>Scellé par</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Empreinte</translation>
    </message>
</context>
<context>
    <name>careledger::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own password before you continue; only you will know it.</source>
        <translation>Votre mot de passe a été défini par un administrateur. Choisissez votre propre mot de passe avant de continuer ; vous seul le connaîtrez.</translation>
    </message>
    <message>
        <source>Choose a new password. You will use it the next time you sign in.</source>
        <translation>Choisissez un nouveau mot de passe. Vous l’utiliserez lors de votre prochaine connexion.</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>C&amp;hanger le mot de passe</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Répéter le nouveau mot de passe</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Répéter le nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Saisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The two new passwords do not match.</source>
        <translation>Les deux nouveaux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l’actuel.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Changement du mot de passe…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::FormDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>careledger::ui::LedgerPage</name>
    <message>
        <source>Ledger</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Load &amp;older blocks</source>
        <translation>Charger les blocs plus &amp;anciens</translation>
    </message>
    <message>
        <source>Blocks, newest first</source>
        <translation>Blocs, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocs</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Checks every block header, signature, Merkle root and transaction, then every stored record against its newest hash on the chain, and names each mismatch.</source>
        <translation>Vérifie chaque en-tête de bloc, signature, racine de Merkle et transaction, puis chaque dossier stocké par rapport à sa dernière empreinte sur la chaîne, et nomme chaque écart.</translation>
    </message>
    <message>
        <source>Chain height</source>
        <translation>Hauteur de la chaîne</translation>
    </message>
    <message>
        <source>Latest block</source>
        <translation>Dernier bloc</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validateurs</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Waiting transactions</source>
        <translation>Transactions en attente</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>Block hash</source>
        <translation>Empreinte du bloc</translation>
    </message>
    <message>
        <source>Previous block</source>
        <translation>Bloc précédent</translation>
    </message>
    <message>
        <source>Merkle root</source>
        <translation>Racine de Merkle</translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation>Scellé par</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Transactions of the selected block</source>
        <translation>Transactions du bloc sélectionné</translation>
    </message>
    <message>
        <source>The ledger cannot be shown: %1</source>
        <translation>Le registre ne peut pas être affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>Older blocks cannot be shown: %1</source>
        <translation>Les blocs plus anciens ne peuvent pas être affichés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Showing blocks %1 to %2.</source>
        <translation>Blocs %1 à %2 affichés.</translation>
    </message>
    <message>
        <source>Committed on this workstation, not yet sealed in a block.</source>
        <translation>Enregistrées sur ce poste, pas encore scellées dans un bloc.</translation>
    </message>
    <message>
        <source>Seals blocks (a validator of the consortium)</source>
        <translation>Scelle des blocs (validateur du consortium)</translation>
    </message>
    <message>
        <source>Does not seal blocks (a member, not a validator)</source>
        <translation>Ne scelle pas de blocs (membre, non validateur)</translation>
    </message>
    <message>
        <source>No block selected</source>
        <translation>Aucun bloc sélectionné</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Bloc %1</translation>
    </message>
    <message>
        <source>genesis (the health authority)</source>
        <translation>genèse (l’autorité de santé)</translation>
    </message>
    <message>
        <source>in turn</source>
        <translation>à son tour</translation>
    </message>
    <message>
        <source>out of turn</source>
        <translation>hors tour</translation>
    </message>
    <message>
        <source>The transactions of this block cannot be shown: %1</source>
        <translation>Les transactions de ce bloc ne peuvent pas être affichées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>careledger::ui::LoginWindow</name>
    <message>
        <source>CareLedger logo</source>
        <translation>Logo de CareLedger</translation>
    </message>
    <message>
        <source>CareLedger</source>
        <translation>CareLedger</translation>
    </message>
    <message>
        <source>Clinical workstation</source>
        <translation>Poste de travail clinique</translation>
    </message>
    <message>
        <source>CareLedger — Sign in</source>
        <translation>CareLedger — Connexion</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Clinic data: %1</source>
        <translation>Données de la clinique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clinic data directory</source>
        <translation>Dossier des données de la clinique</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Your password unlocks this workstation&apos;s encrypted clinic data. Nothing is readable without it.</source>
        <translation>Votre mot de passe déverrouille les données chiffrées de la clinique sur ce poste. Sans lui, rien n’est lisible.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>The user name or password is incorrect.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a moment before you try again.</source>
        <translation>Trop de tentatives infructueuses. Patientez un moment avant de réessayer.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask a clinic administrator to enable it.</source>
        <translation>Ce compte est désactivé. Demandez à un administrateur de la clinique de le réactiver.</translation>
    </message>
    <message>
        <source>The clinic data cannot be opened: %1</source>
        <translation>Les données de la clinique ne peuvent pas être ouvertes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>You can try to sign in again now.</source>
        <translation>Vous pouvez maintenant réessayer de vous connecter.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in %1</source>
        <translation>Trop de tentatives infructueuses. Réessayez dans %1</translation>
    </message>
</context>
<context>
    <name>careledger::ui::MainWindow</name>
    <message>
        <source>CareLedger — %1 (%2)</source>
        <translation>CareLedger — %1 (%2)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>Connecté en tant que %1 · %2</translation>
    </message>
    <message>
        <source>Clinic data: %1</source>
        <translation>Données de la clinique&#xa0;: %1</translation>
    </message>
    <message>
        <source>CareLedger logo</source>
        <translation>Logo de CareLedger</translation>
    </message>
    <message>
        <source>CareLedger</source>
        <translation>CareLedger</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Changer le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About CareLedger</source>
        <translation>À &amp;propos de CareLedger</translation>
    </message>
    <message>
        <source>About CareLedger</source>
        <translation>À propos de CareLedger</translation>
    </message>
    <message>
        <source>CareLedger %1

A clinical workstation whose records are encrypted on disk and whose every change is signed on a ledger shared by the clinics of a health network.</source>
        <translation>CareLedger %1

Un poste de travail clinique dont les dossiers sont chiffrés sur le disque et dont chaque modification est signée dans un registre partagé par les cliniques d’un réseau de santé.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::MessageLabel</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>careledger::ui::NewAccountDialog</name>
    <message>
        <source>New staff account</source>
        <translation>Nouveau compte du personnel</translation>
    </message>
    <message>
        <source>The new colleague signs in with the temporary password once and then chooses their own.</source>
        <translation>La personne se connecte une première fois avec le mot de passe temporaire, puis choisit le sien.</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>Créer le com&amp;pte</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <source>Repeat temporary password</source>
        <translation>Répéter le mot de passe temporaire</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Mot de passe &amp;temporaire&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;épéter le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Saisissez un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Saisissez le nom complet de la personne.</translation>
    </message>
    <message>
        <source>Enter a temporary password.</source>
        <translation>Saisissez un mot de passe temporaire.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Création du compte…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::PlaceholderPage</name>
    <message>
        <source>This part of CareLedger is not available in this version yet.</source>
        <translation>Cette partie de CareLedger n’est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Pas encore disponible</translation>
    </message>
    <message>
        <source>Nothing is shown here rather than sample data, so that everything you see in CareLedger is real.</source>
        <translation>Rien n’est affiché ici plutôt que des données d’exemple, pour que tout ce que vous voyez dans CareLedger soit réel.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::SessionController</name>
    <message>
        <source>No clinic data was found in this folder. Create it with “careledger-admin init”, or start CareLedger with --demo to try it with demo accounts.</source>
        <translation>Aucune donnée de clinique n’a été trouvée dans ce dossier. Créez-la avec «&#xa0;careledger-admin init&#xa0;», ou lancez CareLedger avec --demo pour l’essayer avec des comptes de démonstration.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::StaffAdminPage</name>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>Everyone who signs in at this clinic&apos;s workstations. Disabling an account destroys its key: its password no longer opens the clinic data.</source>
        <translation>Toutes les personnes qui se connectent aux postes de cette clinique. Désactiver un compte détruit sa clé : son mot de passe n’ouvre plus les données de la clinique.</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>&amp;Réactiver…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Filter by user name, name or role</source>
        <translation>Filtrer par nom d’utilisateur, nom ou rôle</translation>
    </message>
    <message>
        <source>Filter staff accounts</source>
        <translation>Filtrer les comptes du personnel</translation>
    </message>
    <message>
        <source>Staff accounts table</source>
        <translation>Tableau des comptes du personnel</translation>
    </message>
    <message>
        <source>The staff accounts cannot be shown: %1</source>
        <translation>Les comptes du personnel ne peuvent pas être affichés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Account “%1” created for %2. Hand over the temporary password in person.</source>
        <translation>Compte «&#xa0;%1&#xa0;» créé pour %2. Remettez le mot de passe temporaire en main propre.</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Désactiver le compte</translation>
    </message>
    <message>
        <source>Disable the account of %1 (%2)?</source>
        <translation>Désactiver le compte de %1 (%2)&#xa0;?</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in, and the password will no longer open the clinic data. You can enable the account again with a temporary password.</source>
        <translation>%1 ne pourra plus se connecter, et le mot de passe n’ouvrira plus les données de la clinique. Vous pourrez réactiver le compte avec un mot de passe temporaire.</translation>
    </message>
    <message>
        <source>&amp;Disable account</source>
        <translation>&amp;Désactiver le compte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The account cannot be disabled: %1</source>
        <translation>Le compte ne peut pas être désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The account of %1 is disabled.</source>
        <translation>Le compte de %1 est désactivé.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::StaffTableModel</name>
    <message>
        <source>Enabled</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Doit changer de mot de passe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
</context>
<context>
    <name>careledger::ui::TemporaryPasswordDialog</name>
    <message>
        <source>Enable account</source>
        <translation>Réactiver le compte</translation>
    </message>
    <message>
        <source>Enable the account of %1. A disabled account has no key left, so it needs a temporary password, which %1 must replace at the next sign-in.</source>
        <translation>Réactiver le compte de %1. Un compte désactivé n’a plus de clé : il lui faut donc un mot de passe temporaire, que %1 devra remplacer à la prochaine connexion.</translation>
    </message>
    <message>
        <source>&amp;Enable account</source>
        <translation>&amp;Réactiver le compte</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Set a temporary password for %1. The current password stops working at once, and %1 must choose a new one at the next sign-in.</source>
        <translation>Définir un mot de passe temporaire pour %1. Le mot de passe actuel cesse immédiatement de fonctionner, et %1 devra en choisir un nouveau à la prochaine connexion.</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <source>Repeat temporary password</source>
        <translation>Répéter le mot de passe temporaire</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Mot de passe &amp;temporaire&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;épéter le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Enter a temporary password.</source>
        <translation>Saisissez un mot de passe temporaire.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Enabling the account…</source>
        <translation>Réactivation du compte…</translation>
    </message>
    <message>
        <source>Resetting the password…</source>
        <translation>Réinitialisation du mot de passe…</translation>
    </message>
    <message>
        <source>The account of %1 is enabled again.</source>
        <translation>Le compte de %1 est de nouveau actif.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Le mot de passe de %1 a été réinitialisé.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::TransactionTableModel</name>
    <message>
        <source>Member admission</source>
        <translation>Admission d’un membre</translation>
    </message>
    <message>
        <source>Member removal</source>
        <translation>Retrait d’un membre</translation>
    </message>
    <message>
        <source>Validator addition</source>
        <translation>Ajout d’un validateur</translation>
    </message>
    <message>
        <source>Validator removal</source>
        <translation>Retrait d’un validateur</translation>
    </message>
    <message>
        <source>User key registration</source>
        <translation>Enregistrement d’une clé d’utilisateur</translation>
    </message>
    <message>
        <source>Record written</source>
        <translation>Écriture d’un dossier</translation>
    </message>
    <message>
        <source>Record erased</source>
        <translation>Effacement d’un dossier</translation>
    </message>
    <message>
        <source>Consent granted</source>
        <translation>Consentement accordé</translation>
    </message>
    <message>
        <source>Consent revoked</source>
        <translation>Consentement révoqué</translation>
    </message>
    <message>
        <source>Vital signs anchor</source>
        <translation>Ancrage des signes vitaux</translation>
    </message>
    <message>
        <source>Alert acknowledged</source>
        <translation>Alerte acquittée</translation>
    </message>
    <message>
        <source>Alert threshold override</source>
        <translation>Seuil d’alerte personnalisé</translation>
    </message>
    <message>
        <source>Audit log anchor</source>
        <translation>Ancrage du journal d’audit</translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation>Transaction %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signée par</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>careledger::ui::VerifyPanel</name>
    <message>
        <source>Ledger verification</source>
        <translation>Vérification du registre</translation>
    </message>
    <message>
        <source>&amp;Verify ledger</source>
        <translation>&amp;Vérifier le registre</translation>
    </message>
    <message>
        <source>&amp;Cancel verification</source>
        <translation>&amp;Annuler la vérification</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <source>Verifying every block, transaction and stored record…</source>
        <translation>Vérification de chaque bloc, transaction et dossier stocké…</translation>
    </message>
    <message>
        <source>Stopping the verification…</source>
        <translation>Arrêt de la vérification…</translation>
    </message>
    <message>
        <source>The ledger cannot be verified: %1</source>
        <translation>Le registre ne peut pas être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 block</source>
        <translation>1 bloc</translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <translation>%1 blocs</translation>
    </message>
    <message>
        <source>1 transaction</source>
        <translation>1 transaction</translation>
    </message>
    <message>
        <source>%1 transactions</source>
        <translation>%1 transactions</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 dossiers</translation>
    </message>
    <message>
        <source>Verification cancelled after %1. Nothing was changed.</source>
        <translation>Vérification annulée après %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>1 problem found</source>
        <translation>1 problème trouvé</translation>
    </message>
    <message>
        <source>%1 problems found</source>
        <translation>%1 problèmes trouvés</translation>
    </message>
    <message>
        <source>%1 in the ledger (%2 checked); each is listed below.</source>
        <translation>%1 dans le registre (%2 vérifiés)&#xa0;; chacun est détaillé ci-dessous.</translation>
    </message>
    <message>
        <source>Ledger verified: %1, no problems.</source>
        <translation>Registre vérifié&#xa0;: %1, aucun problème.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CareLedger clinical workstation.</source>
        <translation>Poste de travail clinique CareLedger.</translation>
    </message>
    <message>
        <source>Open the clinic data in &lt;dir&gt; (default: the demo clinic, %1).</source>
        <translation>Ouvrir les données de la clinique dans &lt;dir&gt; (par défaut&#xa0;: la clinique de démonstration, %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Create the demo clinic with its demo accounts first, unless it exists.</source>
        <translation>Créer d’abord la clinique de démonstration et ses comptes de démonstration, si elle n’existe pas.</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt;: %1 (default: the system&apos;s).</source>
        <translation>Utiliser la langue &lt;code&gt;&#xa0;: %1 (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Render every screen to PNG files in &lt;dir&gt; without a display, using a throw-away clinic, and exit.</source>
        <translation>Enregistrer chaque écran en PNG dans &lt;dir&gt; sans affichage, avec une clinique jetable, puis quitter.</translation>
    </message>
    <message>
        <source>Unknown language “%1”. Choose one of: %2.</source>
        <translation>Langue inconnue&#xa0;: «&#xa0;%1&#xa0;». Choisissez parmi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>careledger: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set, nor QT_QPA_PLATFORM).
To render every screen to PNG files without a display, run:
    careledger --screenshots &lt;dir&gt; [--lang fr|ar|en]</source>
        <translation>careledger&#xa0;: aucun affichage trouvé (ni DISPLAY, ni WAYLAND_DISPLAY, ni QT_QPA_PLATFORM n’est défini).
Pour enregistrer chaque écran en PNG sans affichage, lancez&#xa0;:
    careledger --screenshots &lt;dir&gt; [--lang fr|ar|en]</translation>
    </message>
    <message>
        <source>The demo clinic cannot be created: %1</source>
        <translation>La clinique de démonstration ne peut pas être créée&#xa0;: %1</translation>
    </message>
</context>
</TS>
