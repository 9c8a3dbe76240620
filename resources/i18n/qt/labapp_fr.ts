<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>an in-memory database forgets everything: give a file</source>
        <translation>une base de données en mémoire ne conserve rien&#xa0;: indiquez un fichier</translation>
    </message>
    <message>
        <source>audit {audit} is {state}; {action} needs it {allowed}</source>
        <translation>l&apos;audit {audit} est {state}&#xa0;; pour {action}, il doit être {allowed}</translation>
    </message>
    <message>
        <source>audit {audit} is {state}; {action} needs it {allowed} or {other}</source>
        <translation>l&apos;audit {audit} est {state}&#xa0;; pour {action}, il doit être {allowed} ou {other}</translation>
    </message>
    <message>
        <source>changing a check</source>
        <translation>modifier un contrôle</translation>
    </message>
    <message>
        <source>submitting for review</source>
        <translation>l&apos;envoyer en relecture</translation>
    </message>
    <message>
        <source>sending back to the bench</source>
        <translation>le renvoyer au banc</translation>
    </message>
    <message>
        <source>finalising</source>
        <translation>le finaliser</translation>
    </message>
    <message>
        <source>audit {audit} cannot be finalised: not yet tested: {missing}</source>
        <translation>l&apos;audit {audit} ne peut pas être finalisé, des contrôles ne sont pas encore testés&#xa0;: {missing}</translation>
    </message>
    <message>
        <source>marking as sent</source>
        <translation>le marquer comme envoyé</translation>
    </message>
    <message>
        <source>editing the advice</source>
        <translation>modifier les axes d&apos;amélioration</translation>
    </message>
    <message>
        <source>adding evidence</source>
        <translation>ajouter une pièce justificative</translation>
    </message>
    <message>
        <source>battery_health: observed value {value!r} is not a number</source>
        <translation>battery_health&#xa0;: la valeur relevée {value!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>check {check}: its protocol gives no minimum</source>
        <translation>contrôle {check}&#xa0;: son protocole ne fixe aucun minimum</translation>
    </message>
    <message>
        <source>cosmetic_grade: observed {value!r} is not one of {allowed}</source>
        <translation>cosmetic_grade&#xa0;: la valeur relevée {value!r} n&apos;est pas admise (valeurs possibles&#xa0;: {allowed})</translation>
    </message>
    <message>
        <source>{what} {raw!r} is not one of {allowed}</source>
        <translation>{what} {raw!r}&#xa0;: valeur inconnue (valeurs possibles&#xa0;: {allowed})</translation>
    </message>
    <message>
        <source>{what} {raw!r} must be 1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; or &apos;-&apos;</source>
        <translation>{what} {raw!r}&#xa0;: 1 à 64 caractères attendus (lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; ou &apos;-&apos;)</translation>
    </message>
    <message>
        <source>observations name check(s) not in protocol {protocol} v{version}: {unknown}</source>
        <translation>les relevés citent des contrôles absents du protocole {protocol} v{version}&#xa0;: {unknown}</translation>
    </message>
    <message>
        <source>cut-off hour {hour} is not between 0 and 24</source>
        <translation>l&apos;heure limite {hour} n&apos;est pas comprise entre 0 et 24</translation>
    </message>
    <message>
        <source>shipping allowance {days} business days is not between 0 and 30</source>
        <translation>le délai d&apos;expédition de {days} jours ouvrés n&apos;est pas compris entre 0 et 30</translation>
    </message>
    <message>
        <source>delivery allowance {days} days is not between 0 and 60</source>
        <translation>le délai de livraison de {days} jours n&apos;est pas compris entre 0 et 60</translation>
    </message>
    <message>
        <source>listing grade</source>
        <translation>grade annoncé</translation>
    </message>
    <message>
        <source>audit reason</source>
        <translation>motif de l&apos;audit</translation>
    </message>
    <message>
        <source>parcel condition</source>
        <translation>état du colis</translation>
    </message>
    <message>
        <source>order ref</source>
        <translation>réf. commande</translation>
    </message>
    <message>
        <source>{what} {moment} has no UTC offset</source>
        <translation>{what} {moment}&#xa0;: décalage UTC manquant</translation>
    </message>
    <message>
        <source>the listing&apos;s model is empty</source>
        <translation>le modèle de l&apos;annonce n&apos;est pas renseigné</translation>
    </message>
    <message>
        <source>the listing&apos;s model or colour is too long: {model!r}</source>
        <translation>le texte du modèle ou de la couleur de l&apos;annonce est trop long&#xa0;: {model!r}</translation>
    </message>
    <message>
        <source>storage {storage} GB is not a phone&apos;s storage size</source>
        <translation>stockage de {storage}&#xa0;Go&#xa0;: ce n&apos;est pas une capacité de téléphone</translation>
    </message>
    <message>
        <source>price {price} is not between 0 and 999999.99</source>
        <translation>le prix {price} n&apos;est pas compris entre 0 et 999&#xa0;999,99</translation>
    </message>
    <message>
        <source>currency {currency!r} is not an ISO 4217 code such as EUR</source>
        <translation>la devise {currency!r} n&apos;est pas un code ISO 4217 comme EUR</translation>
    </message>
    <message>
        <source>ordered_at</source>
        <translation>date de commande</translation>
    </message>
    <message>
        <source>order {ref} already shipped on {shipped}</source>
        <translation>la commande {ref} a déjà été expédiée le {shipped}</translation>
    </message>
    <message>
        <source>order {ref} already delivered on {delivered}</source>
        <translation>la commande {ref} a déjà été livrée le {delivered}</translation>
    </message>
    <message>
        <source>order {ref} was already received on {received} by {by}</source>
        <translation>la commande {ref} a déjà été réceptionnée le {received} par {by}</translation>
    </message>
    <message>
        <source>shipped_at</source>
        <translation>date d&apos;expédition</translation>
    </message>
    <message>
        <source>order {ref}: shipped {shipped} before it was ordered {ordered}</source>
        <translation>commande {ref}&#xa0;: expédiée le {shipped}, avant d&apos;avoir été commandée le {ordered}</translation>
    </message>
    <message>
        <source>tracking_entered_at</source>
        <translation>date de saisie du suivi</translation>
    </message>
    <message>
        <source>order {ref}: carrier or tracking number too long</source>
        <translation>commande {ref}&#xa0;: transporteur ou numéro de suivi trop long</translation>
    </message>
    <message>
        <source>delivered_at</source>
        <translation>date de livraison</translation>
    </message>
    <message>
        <source>order {ref}: record the shipment before the delivery</source>
        <translation>commande {ref}&#xa0;: enregistrez l&apos;expédition avant la livraison</translation>
    </message>
    <message>
        <source>order {ref}: delivered {delivered} before it shipped {shipped}</source>
        <translation>commande {ref}&#xa0;: livrée le {delivered}, avant d&apos;avoir été expédiée le {shipped}</translation>
    </message>
    <message>
        <source>received_at</source>
        <translation>date de réception</translation>
    </message>
    <message>
        <source>order {ref}: record the delivery before the reception at the lab</source>
        <translation>commande {ref}&#xa0;: enregistrez la livraison avant la réception au laboratoire</translation>
    </message>
    <message>
        <source>order {ref}: received at the lab {received} before the carrier delivered it {delivered}</source>
        <translation>commande {ref}&#xa0;: réceptionnée au laboratoire le {received}, avant sa livraison par le transporteur le {delivered}</translation>
    </message>
    <message>
        <source>order {ref}: extra fees cannot be negative</source>
        <translation>commande {ref}&#xa0;: les frais supplémentaires ne peuvent pas être négatifs</translation>
    </message>
    <message>
        <source>see the orders</source>
        <translation>voir les commandes</translation>
    </message>
    <message>
        <source>log or import orders</source>
        <translation>saisir ou importer des commandes</translation>
    </message>
    <message>
        <source>record parcels</source>
        <translation>enregistrer les colis</translation>
    </message>
    <message>
        <source>test phones and answer checks</source>
        <translation>tester des téléphones et renseigner les contrôles</translation>
    </message>
    <message>
        <source>review audits</source>
        <translation>relire les audits</translation>
    </message>
    <message>
        <source>send back, finalise, amend or send audits</source>
        <translation>renvoyer au banc, finaliser, rectifier ou envoyer des audits</translation>
    </message>
    <message>
        <source>issue reports or export audits</source>
        <translation>émettre des rapports ou exporter des audits</translation>
    </message>
    <message>
        <source>see the sellers</source>
        <translation>voir les vendeurs</translation>
    </message>
    <message>
        <source>see the trends</source>
        <translation>voir les tendances</translation>
    </message>
    <message>
        <source>see the protocols</source>
        <translation>voir les protocoles</translation>
    </message>
    <message>
        <source>change protocols, policy or deadlines</source>
        <translation>modifier les protocoles, la politique de sanctions ou les délais</translation>
    </message>
    <message>
        <source>change the lab&apos;s settings</source>
        <translation>modifier les paramètres du laboratoire</translation>
    </message>
    <message>
        <source>manage the lab&apos;s users</source>
        <translation>gérer les utilisateurs du laboratoire</translation>
    </message>
    <message>
        <source>fact {fact} cannot be compared with at_least/at_most</source>
        <translation>la donnée {fact} ne peut pas être comparée avec at_least/at_most</translation>
    </message>
    <message>
        <source>protocol {protocol} v{version} has no check {check!r}</source>
        <translation>le protocole {protocol} v{version} n&apos;a pas de contrôle {check!r}</translation>
    </message>
    <message>
        <source>sanction grade</source>
        <translation>niveau de sanction</translation>
    </message>
    <message>
        <source>country {raw!r} is not a two-letter ISO 3166 code (FR, ES, DE, IT, BE, ...)</source>
        <translation>pays {raw!r}&#xa0;: ce n&apos;est pas un code ISO 3166 à deux lettres (FR, ES, DE, IT, BE…)</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>seller status</source>
        <translation>statut du vendeur</translation>
    </message>
    <message>
        <source>seller ref</source>
        <translation>réf. vendeur</translation>
    </message>
    <message>
        <source>seller {ref}: the name is empty</source>
        <translation>vendeur {ref}&#xa0;: le nom n&apos;est pas renseigné</translation>
    </message>
    <message>
        <source>seller {ref}: the name is over 200 characters</source>
        <translation>vendeur {ref}&#xa0;: le nom dépasse 200 caractères</translation>
    </message>
    <message>
        <source>seller {ref}: bad country {country!r}</source>
        <translation>vendeur {ref}&#xa0;: pays {country!r} invalide</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>a lab user needs a name</source>
        <translation>un utilisateur du laboratoire doit avoir un nom</translation>
    </message>
    <message>
        <source>user name {name!r}... is longer than 80 characters</source>
        <translation>le nom d&apos;utilisateur {name!r}... dépasse 80 caractères</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protocole</translation>
    </message>
    <message>
        <source>sanction_policy</source>
        <translation>politique de sanctions</translation>
    </message>
    <message>
        <source>no order {refs}</source>
        <translation>aucune commande {refs}</translation>
    </message>
    <message>
        <source>an audit that was never stored cannot be saved</source>
        <translation>un audit qui n&apos;a jamais été enregistré dans la base ne peut pas être mis à jour</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>audit</translation>
    </message>
    <message>
        <source>audit {audit} was deleted meanwhile</source>
        <translation>l&apos;audit {audit} a été supprimé entre-temps</translation>
    </message>
    <message>
        <source>another station</source>
        <translation>un autre poste</translation>
    </message>
    <message>
        <source>audit {audit} was changed by {who} at a moment ago (version {version}); reload it: nothing was overwritten</source>
        <translation>l&apos;audit {audit} vient d&apos;être modifié par {who} (version {version})&#xa0;; rechargez-le&#xa0;: rien n&apos;a été écrasé</translation>
    </message>
    <message>
        <source>audit {audit} was changed by {who} at {at} (version {version}); reload it: nothing was overwritten</source>
        <translation>l&apos;audit {audit} a été modifié par {who} le {at} (version {version})&#xa0;; rechargez-le&#xa0;: rien n&apos;a été écrasé</translation>
    </message>
    <message>
        <source>no order {ref!r}</source>
        <translation>aucune commande {ref!r}</translation>
    </message>
    <message>
        <source>order</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>{url} is a PostgreSQL database: back it up on the server with `pg_dump -Fc -f labapp.dump DBNAME` and restore it with `pg_restore --clean --if-exists -d DBNAME labapp.dump` (see the README)</source>
        <translation>{url} est une base PostgreSQL&#xa0;: sauvegardez-la sur le serveur avec `pg_dump -Fc -f labapp.dump DBNAME` et restaurez-la avec `pg_restore --clean --if-exists -d DBNAME labapp.dump` (voir le README)</translation>
    </message>
    <message>
        <source>{url} has no file to back up</source>
        <translation>{url} n&apos;a pas de fichier à sauvegarder</translation>
    </message>
    <message>
        <source>{path}: the copy is damaged ({check})</source>
        <translation>{path}&#xa0;: la copie est endommagée ({check})</translation>
    </message>
    <message>
        <source>{path} is not a labapp database ({problem})</source>
        <translation>{path} n&apos;est pas une base de données labapp ({problem})</translation>
    </message>
    <message>
        <source>{path}: no database to back up</source>
        <translation>{path}&#xa0;: aucune base de données à sauvegarder</translation>
    </message>
    <message>
        <source>{path} is the database itself; choose another file</source>
        <translation>{path} est la base de données elle-même&#xa0;; choisissez un autre fichier</translation>
    </message>
    <message>
        <source>{folder}: no such folder</source>
        <translation>{folder}&#xa0;: dossier introuvable</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>{path} was written by a newer labapp (schema {revision}); update labapp before restoring it</source>
        <translation>{path} a été écrit par une version plus récente de labapp (schéma {revision})&#xa0;; mettez labapp à jour avant de le restaurer</translation>
    </message>
    <message>
        <source>another station kept the database busy for too long</source>
        <translation>un autre poste a occupé la base de données trop longtemps</translation>
    </message>
    <message>
        <source>the disk holding the database is full or failing</source>
        <translation>le disque qui contient la base de données est plein ou défaillant</translation>
    </message>
    <message>
        <source>the database server does not answer</source>
        <translation>le serveur de base de données ne répond pas</translation>
    </message>
    <message>
        <source>it broke while saving, so the change may or may not be saved: reload to see</source>
        <translation>le problème est survenu pendant l&apos;enregistrement&#xa0;: la modification a peut-être été enregistrée, peut-être pas&#xa0;; rechargez pour vérifier</translation>
    </message>
    <message>
        <source>nothing was saved; try again when it is back</source>
        <translation>rien n&apos;a été enregistré&#xa0;; réessayez quand la base de données sera de nouveau disponible</translation>
    </message>
    <message>
        <source>{what} ({reason}): {outcome}</source>
        <translation>{what} ({reason})&#xa0;: {outcome}</translation>
    </message>
    <message>
        <source>the database URL is empty</source>
        <translation>l&apos;URL de la base de données n&apos;est pas renseignée</translation>
    </message>
    <message>
        <source>database URL {text!r} is not valid: {problem}</source>
        <translation>l&apos;URL de base de données {text!r} n&apos;est pas valide&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>database URL {text!r}: only sqlite:///FILE and postgresql://... are supported</source>
        <translation>URL de base de données {text!r}&#xa0;: seules les URL sqlite:///FICHIER et postgresql://... sont prises en charge</translation>
    </message>
    <message>
        <source>cannot open database {url}: {reason}</source>
        <translation>impossible d&apos;ouvrir la base de données {url}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{kind} {ref} clashes with a record already stored ({detail})</source>
        <translation>{kind} {ref}&#xa0;: conflit avec un enregistrement déjà présent ({detail})</translation>
    </message>
    <message>
        <source>seller</source>
        <translation>vendeur</translation>
    </message>
    <message>
        <source>no seller {ref!r}</source>
        <translation>aucun vendeur {ref!r}</translation>
    </message>
    <message>
        <source>lab user</source>
        <translation>utilisateur du laboratoire</translation>
    </message>
    <message>
        <source>no lab user {name!r}</source>
        <translation>aucun utilisateur du laboratoire {name!r}</translation>
    </message>
    <message>
        <source>no seller {refs}</source>
        <translation>aucun vendeur {refs}</translation>
    </message>
    <message>
        <source>no lab user {names}</source>
        <translation>aucun utilisateur du laboratoire {names}</translation>
    </message>
    <message>
        <source>limit {limit} must be at least 1</source>
        <translation>la limite {limit} doit être d&apos;au moins 1</translation>
    </message>
    <message>
        <source>parcel photo of order</source>
        <translation>photo du colis de la commande</translation>
    </message>
    <message>
        <source>this database has tables but no labapp schema version; point labapp at an empty database or a labapp one</source>
        <translation>cette base de données contient des tables mais aucune version de schéma labapp&#xa0;; indiquez à labapp une base vide ou une base labapp</translation>
    </message>
    <message>
        <source>the database&apos;s schema is at revision {current}, newer than this labapp ({head}); it was opened by a newer version. Install that version or newer; this one will not touch the database</source>
        <translation>le schéma de la base de données est à la révision {current}, plus récente que celle de ce labapp ({head})&#xa0;; la base a été ouverte par une version plus récente de labapp. Installez cette version ou une plus récente&#xa0;; celle-ci ne touchera pas à la base de données</translation>
    </message>
    <message>
        <source>the database&apos;s schema is at revision none, older than {head}; run &apos;labapp db upgrade&apos;</source>
        <translation>le schéma de la base de données n&apos;a encore aucune révision, il est antérieur à {head}&#xa0;; lancez &apos;labapp db upgrade&apos;</translation>
    </message>
    <message>
        <source>the database&apos;s schema is at revision {current}, older than {head}; run &apos;labapp db upgrade&apos;</source>
        <translation>le schéma de la base de données est à la révision {current}, antérieure à {head}&#xa0;; lancez &apos;labapp db upgrade&apos;</translation>
    </message>
    <message>
        <source>report format {fmt!r} is not pdf or xlsx</source>
        <translation>le format de rapport {fmt!r} n&apos;est ni pdf ni xlsx</translation>
    </message>
    <message>
        <source>sign in first to {action}: {hint}; nothing was changed</source>
        <translation>connectez-vous d&apos;abord pour {action}&#xa0;: {hint}&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>sign in first to {action}; nothing was changed</source>
        <translation>connectez-vous d&apos;abord pour {action}&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{name} is signed in as {role}, who may not {action}; nothing was changed</source>
        <translation>{name} est connecté(e) en tant que {role} et ne peut donc pas {action}&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{name} is signed in and cannot record work as {named!r}; nothing was changed</source>
        <translation>{name} est connecté(e) et ne peut pas enregistrer un travail au nom de {named!r}&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>a technician</source>
        <translation>technicien</translation>
    </message>
    <message>
        <source>an auditor</source>
        <translation>auditeur</translation>
    </message>
    <message>
        <source>a quality manager</source>
        <translation>responsable qualité</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>template: {raw!r} must be ID or ID@VERSION, e.g. smartphone@1</source>
        <translation>template&#xa0;: {raw!r} doit être de la forme ID ou ID@VERSION, par exemple smartphone@1</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({problem})</source>
        <translation>{path}&#xa0;: lecture impossible ({problem})</translation>
    </message>
    <message>
        <source>{path}: not JSON (line {line}: {problem})</source>
        <translation>{path}&#xa0;: ce n&apos;est pas du JSON valide (ligne {line}&#xa0;: {problem})</translation>
    </message>
    <message>
        <source>order {ref} already has audit {audit}; amend that audit instead</source>
        <translation>la commande {ref} fait déjà l&apos;objet de l&apos;audit {audit}&#xa0;; rectifiez plutôt cet audit</translation>
    </message>
    <message>
        <source>order {ref} already has audit {audit} ({state}); amend that audit instead</source>
        <translation>la commande {ref} fait déjà l&apos;objet de l&apos;audit {audit} ({state})&#xa0;; rectifiez plutôt cet audit</translation>
    </message>
    <message>
        <source>order {ref} has not been received: record the parcel first</source>
        <translation>la commande {ref} n&apos;a pas été réceptionnée&#xa0;: enregistrez d&apos;abord la réception du colis</translation>
    </message>
    <message>
        <source>no audit {audit}</source>
        <translation>aucun audit {audit}</translation>
    </message>
    <message>
        <source>audit {audit} was changed by {who} since you opened it (version {seen}, now {now}); reload it: nothing was overwritten</source>
        <translation>l&apos;audit {audit} a été modifié par {who} depuis que vous l&apos;avez ouvert (version {seen}, désormais {now})&#xa0;; rechargez-le&#xa0;: rien n&apos;a été écrasé</translation>
    </message>
    <message>
        <source>the device reading is not valid: {where}: {problem}</source>
        <translation>la lecture du téléphone n&apos;est pas valide&#xa0;: {where}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>audit {audit} is {state}: change it directly; only finalised audits are amended</source>
        <translation>l&apos;audit {audit} est {state}&#xa0;: modifiez-le directement&#xa0;; seul un audit finalisé peut être rectifié</translation>
    </message>
    <message>
        <source>country {country!r} is unknown (no public-holiday calendar for it); use an ISO 3166 code such as FR, ES, DE, IT or BE</source>
        <translation>pays {country!r} inconnu (aucun calendrier de jours fériés pour ce pays)&#xa0;; utilisez un code ISO 3166 comme FR, ES, DE, IT ou BE</translation>
    </message>
    <message>
        <source>seller.country: seller {seller} is recorded in {recorded}, not {country}</source>
        <translation>seller.country&#xa0;: le vendeur {seller} est enregistré avec le pays {recorded}, et non {country}</translation>
    </message>
    <message>
        <source>order.ref: order {ref} belongs to seller {seller}, not {named}</source>
        <translation>order.ref&#xa0;: la commande {ref} appartient au vendeur {seller}, et non à {named}</translation>
    </message>
    <message>
        <source>order.listing_storage_gb: needed to log a new order</source>
        <translation>order.listing_storage_gb&#xa0;: nécessaire pour saisir une nouvelle commande</translation>
    </message>
    <message>
        <source>the demo orders of seed {seed} are already in this database (e.g. {example}); use another --seed</source>
        <translation>les commandes de démonstration de la graine {seed} sont déjà dans cette base (par exemple {example})&#xa0;; utilisez une autre valeur de --seed</translation>
    </message>
    <message>
        <source>seller {ref} already exists ({name}, {country}); nothing was changed</source>
        <translation>le vendeur {ref} existe déjà ({name}, {country})&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>lab user {name!r} already exists; nothing was changed</source>
        <translation>l&apos;utilisateur du laboratoire {name!r} existe déjà&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{name} is the only active administrator: make someone else administrator first; nothing was changed</source>
        <translation>{name} est le seul administrateur actif&#xa0;: nommez d&apos;abord quelqu&apos;un d&apos;autre administrateur&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{name}: unknown type is not a photo (JPEG, PNG, WebP, HEIC, TIFF) or a PDF</source>
        <translation>{name}&#xa0;: type de fichier inconnu, ni photo (JPEG, PNG, WebP, HEIC, TIFF) ni PDF</translation>
    </message>
    <message>
        <source>{name}: {media_type} is not a photo (JPEG, PNG, WebP, HEIC, TIFF) or a PDF</source>
        <translation>{name}&#xa0;: {media_type} n&apos;est ni une photo (JPEG, PNG, WebP, HEIC, TIFF) ni un PDF</translation>
    </message>
    <message>
        <source>{name}: {size} MB is over the 50 MB limit</source>
        <translation>{name}&#xa0;: {size}&#xa0;Mo dépasse la limite de 50&#xa0;Mo</translation>
    </message>
    <message>
        <source>could not save {name}: the evidence folder {folder} cannot be created ({problem})</source>
        <translation>impossible d&apos;enregistrer {name}&#xa0;: le dossier des pièces justificatives {folder} ne peut pas être créé ({problem})</translation>
    </message>
    <message>
        <source>{source}: {problems} problem(s) on {lines} line(s); nothing was imported</source>
        <translation>{source}&#xa0;: {problems} problème(s) sur {lines} ligne(s)&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{source}: missing column(s) {missing} (the header must name: {required})</source>
        <translation>{source}&#xa0;: colonne(s) manquante(s) {missing} (l&apos;en-tête doit comporter&#xa0;: {required})</translation>
    </message>
    <message>
        <source>{source}: no orders below the header</source>
        <translation>{source}&#xa0;: aucune commande sous l&apos;en-tête</translation>
    </message>
    <message>
        <source>a carrier or tracking number is given but no ship time</source>
        <translation>un transporteur ou un numéro de suivi est indiqué, mais pas l&apos;heure d&apos;expédition</translation>
    </message>
    <message>
        <source>seller_name is empty</source>
        <translation>seller_name n&apos;est pas renseigné</translation>
    </message>
    <message>
        <source>the model is empty</source>
        <translation>le modèle n&apos;est pas renseigné</translation>
    </message>
    <message>
        <source>{moment} is in the future</source>
        <translation>{moment} est dans le futur</translation>
    </message>
    <message>
        <source>shipped before it was ordered</source>
        <translation>expédiée avant d&apos;avoir été commandée</translation>
    </message>
    <message>
        <source>delivered before it was shipped</source>
        <translation>livrée avant d&apos;avoir été expédiée</translation>
    </message>
    <message>
        <source>a delivery time is given but no ship time</source>
        <translation>une heure de livraison est indiquée, mais pas l&apos;heure d&apos;expédition</translation>
    </message>
    <message>
        <source>duplicate order ref {ref} (also on line {line})</source>
        <translation>réf. commande {ref} en double (aussi à la ligne {line})</translation>
    </message>
    <message>
        <source>seller {ref} is in {earlier} on an earlier line but in {here} here</source>
        <translation>le vendeur {ref} a le pays {earlier} sur une ligne précédente, mais {here} ici</translation>
    </message>
    <message>
        <source>order {ref} already exists in the database</source>
        <translation>la commande {ref} existe déjà dans la base de données</translation>
    </message>
    <message>
        <source>seller {ref} is recorded in {known}, not {here}</source>
        <translation>le vendeur {ref} est enregistré avec le pays {known}, et non {here}</translation>
    </message>
    <message>
        <source>{what} {moment} is in the future</source>
        <translation>{what} {moment}&#xa0;: cette date est dans le futur</translation>
    </message>
    <message>
        <source>order {ref}: its seller {seller} is missing</source>
        <translation>commande {ref}&#xa0;: son vendeur {seller} est introuvable</translation>
    </message>
    <message>
        <source>order {ref} already exists (seller {seller}, ordered {ordered}); nothing was changed</source>
        <translation>la commande {ref} existe déjà (vendeur {seller}, commandée le {ordered})&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>no seller {ref!r}; add it first with &apos;labapp seller add&apos;</source>
        <translation>aucun vendeur {ref!r}&#xa0;; ajoutez-le d&apos;abord avec &apos;labapp seller add&apos;</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>no lab user {name!r} (known: {known}); add one with &apos;labapp user add&apos;</source>
        <translation>aucun utilisateur du laboratoire {name!r} (connus&#xa0;: {known})&#xa0;; ajoutez-en un avec &apos;labapp user add&apos;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>no {what} {ident!r} (known: {known})</source>
        <translation>{what} {ident!r} introuvable (disponibles&#xa0;: {known})</translation>
    </message>
    <message>
        <source>{what} {ident!r} has no version {chosen} (known: {versions})</source>
        <translation>{what} {ident!r} n&apos;a pas de version {chosen} (versions disponibles&#xa0;: {versions})</translation>
    </message>
    <message>
        <source>sanction policy</source>
        <translation>politique de sanctions</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} est un dossier&#xa0;; indiquez un nom de fichier</translation>
    </message>
    <message>
        <source>{path}: not allowed to write here</source>
        <translation>{path}&#xa0;: vous n&apos;avez pas le droit d&apos;écrire ici</translation>
    </message>
    <message>
        <source>could not save {name}: the disk holding {folder} is full; nothing was written. Free some space there and save again</source>
        <translation>impossible d&apos;enregistrer {name}&#xa0;: le disque qui contient {folder} est plein&#xa0;; rien n&apos;a été écrit. Libérez de la place sur ce disque et enregistrez à nouveau</translation>
    </message>
    <message>
        <source>could not save {name} ({problem}); nothing was written</source>
        <translation>impossible d&apos;enregistrer {name} ({problem})&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>setting {name}: {raw!r} is not a whole number</source>
        <translation>paramètre {name}&#xa0;: {raw!r} n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>setting {name}: {value} is outside {minimum}..{maximum}</source>
        <translation>paramètre {name}&#xa0;: {value} est hors de la plage de {minimum} à {maximum}</translation>
    </message>
    <message>
        <source>setting {name} cannot be empty</source>
        <translation>le paramètre {name} ne peut pas être vide</translation>
    </message>
    <message>
        <source>setting {name} holds a control character (a tab?); type plain text</source>
        <translation>le paramètre {name} contient un caractère de contrôle (une tabulation&#xa0;?)&#xa0;; saisissez du texte simple</translation>
    </message>
    <message>
        <source>setting {name}: {count} lines, it must fit on one line</source>
        <translation>paramètre {name}&#xa0;: {count} lignes, il doit tenir sur une seule ligne</translation>
    </message>
    <message>
        <source>setting {name}: {count} lines, it must fit on at most {max_lines} lines</source>
        <translation>paramètre {name}&#xa0;: {count} lignes, il doit tenir sur {max_lines} lignes au plus</translation>
    </message>
    <message>
        <source>setting {name}: {length} characters, at most {max_length}</source>
        <translation>paramètre {name}&#xa0;: {length} caractères, {max_length} au plus</translation>
    </message>
    <message>
        <source>setting {name}: a line of {longest} characters, at most {max_line_length} per line</source>
        <translation>paramètre {name}&#xa0;: une ligne de {longest} caractères, {max_line_length} au plus par ligne</translation>
    </message>
    <message>
        <source>no setting {name!r}; the settings are: {known}</source>
        <translation>aucun paramètre {name!r}&#xa0;; les paramètres sont&#xa0;: {known}</translation>
    </message>
    <message>
        <source>that name and password do not match a lab user; nothing was changed</source>
        <translation>ce nom et ce mot de passe ne correspondent à aucun utilisateur du laboratoire&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>no active lab user {name!r}</source>
        <translation>aucun utilisateur actif du laboratoire nommé {name!r}</translation>
    </message>
    <message>
        <source>{name} has no password yet on this shared database: an administrator sets one (Settings, Users; or labapp user password)</source>
        <translation>{name} n&apos;a pas encore de mot de passe sur cette base partagée&#xa0;: un administrateur doit en définir un (Paramètres, Utilisateurs&#xa0;; ou labapp user password)</translation>
    </message>
    <message>
        <source>the current password is not right; nothing was changed</source>
        <translation>le mot de passe actuel est incorrect&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>no lab user {name!r}; nothing was changed</source>
        <translation>aucun utilisateur du laboratoire nommé {name!r}&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>a password needs at least {minimum} characters; nothing was changed</source>
        <translation>un mot de passe doit compter au moins {minimum} caractères&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>a password of more than {maximum} characters is refused; nothing was changed</source>
        <translation>un mot de passe de plus de {maximum} caractères est refusé&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>a password cannot be the person&apos;s name; nothing was changed</source>
        <translation>un mot de passe ne peut pas être le nom de la personne&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{path}: not UTF-8 or Windows-1252 text; save as CSV UTF-8</source>
        <translation>{path}&#xa0;: ce n&apos;est pas du texte UTF-8 ou Windows-1252&#xa0;; enregistrez-le au format CSV UTF-8</translation>
    </message>
    <message>
        <source>{path}: the file is empty</source>
        <translation>{path}&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <source>{path}, line {line}: {problem}</source>
        <translation>{path}, ligne {line}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{path}: not a readable XLSX workbook ({problem})</source>
        <translation>{path}&#xa0;: classeur XLSX illisible ({problem})</translation>
    </message>
    <message>
        <source>{path}: the first sheet is empty</source>
        <translation>{path}&#xa0;: la première feuille est vide</translation>
    </message>
    <message>
        <source>{path}: unsupported file type {suffix!r}; use .csv or .xlsx</source>
        <translation>{path}&#xa0;: type de fichier {suffix!r} non pris en charge&#xa0;; utilisez .csv ou .xlsx</translation>
    </message>
    <message>
        <source>{path}: column {name!r} appears twice in the header</source>
        <translation>{path}&#xa0;: la colonne {name!r} apparaît deux fois dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>{path}, line {line}: {cells} cells but the header has {columns}</source>
        <translation>{path}, ligne {line}&#xa0;: {cells} cellules, mais l&apos;en-tête en a {columns}</translation>
    </message>
    <message>
        <source>{what} is empty</source>
        <translation>{what}&#xa0;: aucune valeur</translation>
    </message>
    <message>
        <source>{what} {text!r} is not a date and time (use 2025-03-04T12:30:00+01:00 or 04/03/2025 12:30)</source>
        <translation>{what} {text!r}&#xa0;: ce n&apos;est pas une date avec heure (écrivez 2025-03-04T12:30:00+01:00 ou 04/03/2025 12:30)</translation>
    </message>
    <message>
        <source>{what} {moment} has no time of day</source>
        <translation>{what} {moment}&#xa0;: heure manquante</translation>
    </message>
    <message>
        <source>{what} {moment} has no UTC offset and the seller&apos;s country has no known time zone; write it with its offset (+01:00)</source>
        <translation>{what} {moment}&#xa0;: décalage UTC manquant, et le fuseau horaire du pays du vendeur est inconnu&#xa0;; précisez le décalage (+01:00)</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <source>{what} {value!r} is not a number</source>
        <translation>{what} {value!r}&#xa0;: ce n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{what} {value!r} is negative</source>
        <translation>{what} {value!r}&#xa0;: valeur négative</translation>
    </message>
    <message>
        <source>{what} {value!r} is not a believable price (over {limit})</source>
        <translation>{what} {value!r}&#xa0;: prix non plausible (plus de {limit})</translation>
    </message>
    <message>
        <source>storage {value!r} is not a size such as 128 or 1TB</source>
        <translation>stockage {value!r}&#xa0;: ce n&apos;est pas une taille comme 128 ou 1TB</translation>
    </message>
    <message>
        <source>storage {value!r} is not a phone&apos;s storage size in GB</source>
        <translation>stockage {value!r}&#xa0;: ce n&apos;est pas une capacité de téléphone en Go</translation>
    </message>
    <message>
        <source>{what} {value!r} is not yes or no</source>
        <translation>{what} {value!r}&#xa0;: ni oui ni non</translation>
    </message>
    <message>
        <source>report language {language!r} is not one of {languages}</source>
        <translation>la langue de rapport {language!r} n&apos;est pas disponible (langues possibles&#xa0;: {languages})</translation>
    </message>
    <message>
        <source>audit {audit} is {state}: only a finalised audit gets a report (use --draft for a marked draft)</source>
        <translation>l&apos;audit {audit} est {state}&#xa0;: seul un audit finalisé donne lieu à un rapport (émettez un brouillon, marqué comme tel, en attendant)</translation>
    </message>
    <message>
        <source>audit {audit}: {missing} of its {photos} photo(s) are not in this station&apos;s evidence folder {folder} (first: {first!r}); point LABAPP_EVIDENCE_DIR at the lab&apos;s shared evidence folder, or issue a --draft; no report was written</source>
        <translation>audit {audit}&#xa0;: photos manquantes ({missing} sur {photos}, dont {first!r}) dans le dossier des pièces justificatives de ce poste, {folder}&#xa0;; faites pointer LABAPP_EVIDENCE_DIR vers le dossier partagé du laboratoire, ou émettez un brouillon&#xa0;; aucun rapport n&apos;a été écrit</translation>
    </message>
    <message>
        <source>{folder}: cannot create the folder ({reason})</source>
        <translation>{folder}&#xa0;: impossible de créer le dossier ({reason})</translation>
    </message>
    <message>
        <source>extra fees</source>
        <translation>frais supplémentaires</translation>
    </message>
</context>
<context>
    <name>BenchPage</name>
    <message>
        <source>Scan a parcel or open an order to start its audit.</source>
        <translation>Scannez un colis ou ouvrez une commande pour commencer son audit.</translation>
    </message>
    <message>
        <source>Note for the selected check — Enter saves</source>
        <translation>Remarque sur le contrôle sélectionné — Entrée enregistre</translation>
    </message>
    <message>
        <source>P pass · F fail · N not applicable · 1–9 option · Enter note · Ctrl+P photo · Ctrl+Enter submit</source>
        <translation>P conforme · F non conforme · N sans objet · 1–9 option · Entrée remarque · Ctrl+P photo · Ctrl+Entrée envoyer</translation>
    </message>
    <message>
        <source>Add photo… (Ctrl+P)</source>
        <translation>Ajouter une photo… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Submit for review (Ctrl+Enter)</source>
        <translation>Envoyer en relecture (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Order %1 · %2 %3 GB, listed “%4” · seller %5 · audit %6 (%7)</source>
        <translation>Commande %1 · %2 %3&#xa0;Go annoncé «&#xa0;%4&#xa0;» · vendeur %5 · audit %6 (%7)</translation>
    </message>
    <message>
        <source>Reading the phone… keep it plugged in.</source>
        <translation>Lecture du téléphone… laissez-le branché.</translation>
    </message>
    <message>
        <source>Reading the phone</source>
        <translation>Lecture du téléphone</translation>
    </message>
    <message>
        <source>Reading saved with the audit.</source>
        <translation>Lecture enregistrée avec l&apos;audit.</translation>
    </message>
    <message>
        <source>Photos for this check</source>
        <translation>Photos pour ce contrôle</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.webp)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.heic *.webp)</translation>
    </message>
    <message numerus="yes">
        <source>Not yet: %n check(s) still to answer.</source>
        <translation>
            <numerusform>Pas encore&#xa0;: %n contrôle reste à renseigner.</numerusform>
            <numerusform>Pas encore&#xa0;: %n contrôles restent à renseigner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartBoard</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
</context>
<context>
    <name>ChecklistTable</name>
    <message>
        <source>Answer “%1” with a number: %2.</source>
        <translation>Répondez à «&#xa0;%1&#xa0;» par un numéro&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” has no option %2. Its options: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas d&apos;option %2. Ses options&#xa0;: %3.</translation>
    </message>
    <message>
        <source>“%1” has no options: answer it with P, F or N.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas d&apos;option&#xa0;: répondez par P, F ou N.</translation>
    </message>
    <message>
        <source>“%1” is decided by the phone&apos;s reading or the order&apos;s dates.</source>
        <translation>«&#xa0;%1&#xa0;» se déduit de la lecture du téléphone ou des dates de la commande.</translation>
    </message>
</context>
<context>
    <name>DatabaseSection</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation>Utilisée maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>At the next start:</source>
        <translation>Au prochain démarrage&#xa0;:</translation>
    </message>
    <message>
        <source>postgresql://user@server:5432/labapp, or an SQLite file such as D:\lab.sqlite3</source>
        <translation>postgresql://utilisateur@serveur:5432/labapp, ou un fichier SQLite comme D:\lab.sqlite3</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Save for next start</source>
        <translation>Enregistrer pour le prochain démarrage</translation>
    </message>
    <message>
        <source>Use the embedded database</source>
        <translation>Utiliser la base intégrée</translation>
    </message>
    <message>
        <source>Choose the database for the next start</source>
        <translation>Choisir la base de données du prochain démarrage</translation>
    </message>
    <message>
        <source>A shared lab points every station at one PostgreSQL database. A password typed in the address is saved in your own settings folder, readable by you only; a .pgpass file keeps it out of the address.</source>
        <translation>Un laboratoire partagé relie tous ses postes à une même base PostgreSQL. Un mot de passe saisi dans l&apos;adresse est enregistré dans votre propre dossier de paramètres, lisible par vous seul&#xa0;; un fichier .pgpass permet de le sortir de l&apos;adresse.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A new database takes effect at the next start:&lt;/b&gt; close labapp and open it again. Until then this window keeps working on the database in use now.</source>
        <translation>&lt;b&gt;Une nouvelle base de données prend effet au prochain démarrage&#xa0;:&lt;/b&gt; fermez labapp puis rouvrez-le. D&apos;ici là, cette fenêtre continue de travailler sur la base utilisée maintenant.</translation>
    </message>
    <message>
        <source>the embedded database, {file}</source>
        <translation>la base intégrée, {file}</translation>
    </message>
    <message>
        <source>{variable} is set on this computer ({url}): it wins over the choice saved here until it is removed.</source>
        <translation>{variable} est définie sur cet ordinateur ({url})&#xa0;: elle l&apos;emporte sur le choix enregistré ici tant qu&apos;elle n&apos;est pas supprimée.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Testing the database connection</source>
        <translation>Test de la connexion à la base</translation>
    </message>
    <message>
        <source>Testing the connection before saving…</source>
        <translation>Test de la connexion avant l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>Saved for the next start. </source>
        <translation>Enregistré pour le prochain démarrage. </translation>
    </message>
    <message>
        <source>Not saved. </source>
        <translation>Non enregistré. </translation>
    </message>
    <message>
        <source>Saving the database choice</source>
        <translation>Enregistrement du choix de base</translation>
    </message>
    <message>
        <source>The embedded database will be used at the next start.</source>
        <translation>La base intégrée sera utilisée au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <source>Phones on the bench</source>
        <translation>Téléphones sur le banc</translation>
    </message>
    <message>
        <source>Read phone (F5)</source>
        <translation>Lire le téléphone (F5)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>N° série</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>Verrous</translation>
    </message>
    <message>
        <source>Samsung modem port</source>
        <translation>Port modem Samsung</translation>
    </message>
    <message>
        <source>Accept this computer on the phone (&apos;Allow USB debugging?&apos;).</source>
        <translation>Acceptez cet ordinateur sur le téléphone («&#xa0;Autoriser le débogage USB&#xa0;?&#xa0;»).</translation>
    </message>
    <message>
        <source>, %1 GB</source>
        <translation>, %1 Go</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non communiqué</translation>
    </message>
    <message>
        <source>, %1 cycles</source>
        <translation>, %1 cycles</translation>
    </message>
    <message>
        <source>to confirm at the bench</source>
        <translation>à confirmer au banc</translation>
    </message>
    <message>
        <source>factory %1, fitted %2</source>
        <translation>d&apos;origine %1, monté %2</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activation</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>opérateur</translation>
    </message>
    <message>
        <source>locked: %1</source>
        <translation>verrouillé&#xa0;: %1</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucun détecté</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>non lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>GradePreview</name>
    <message>
        <source>Grade so far</source>
        <translation>Niveau à ce stade</translation>
    </message>
    <message>
        <source>Open an order to start its audit.</source>
        <translation>Ouvrez une commande pour commencer son audit.</translation>
    </message>
</context>
<context>
    <name>GradeWording</name>
    <message numerus="yes">
        <source>%n critical failure(s)</source>
        <translation>
            <numerusform>%n non-conformité critique</numerusform>
            <numerusform>%n non-conformités critiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n major failure(s)</source>
        <translation>
            <numerusform>%n non-conformité majeure</numerusform>
            <numerusform>%n non-conformités majeures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minor failure(s)</source>
        <translation>
            <numerusform>%n non-conformité mineure</numerusform>
            <numerusform>%n non-conformités mineures</numerusform>
        </translation>
    </message>
    <message>
        <source>no failed check</source>
        <translation>aucun contrôle en échec</translation>
    </message>
    <message>
        <source>Failed: %1, %2, %3</source>
        <translation>En échec&#xa0;: %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critique</numerusform>
            <numerusform>%n critiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n major</source>
        <translation>
            <numerusform>%n majeur</numerusform>
            <numerusform>%n majeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minor</source>
        <translation>
            <numerusform>%n mineur</numerusform>
            <numerusform>%n mineurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) still to answer</source>
        <translation>
            <numerusform>%n contrôle reste à renseigner</numerusform>
            <numerusform>%n contrôles restent à renseigner</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check is answered: ready for review.</source>
        <translation>Tous les contrôles sont renseignés&#xa0;: prêt pour la relecture.</translation>
    </message>
    <message>
        <source>Every check is answered.</source>
        <translation>Tous les contrôles sont renseignés.</translation>
    </message>
    <message>
        <source>Set by: %1</source>
        <translation>Fixé par&#xa0;: %1</translation>
    </message>
    <message>
        <source>No check has failed.</source>
        <translation>Aucun contrôle en échec.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import mystery orders</source>
        <translation>Importer des commandes mystères</translation>
    </message>
    <message>
        <source>a CSV (, or ;) or XLSX file of orders</source>
        <translation>un fichier de commandes CSV (, ou&#xa0;;) ou XLSX</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>import the good lines and list the bad ones</source>
        <translation>importer les lignes correctes et lister les autres</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Orders to import</source>
        <translation>Commandes à importer</translation>
    </message>
    <message>
        <source>Orders (*.csv *.xlsx)</source>
        <translation>Commandes (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Importing orders</source>
        <translation>Import des commandes</translation>
    </message>
    <message>
        <source>%1 order(s) imported, %2 new seller(s).</source>
        <translation>%1 commande(s) importée(s), %2 nouveau(x) vendeur(s).</translation>
    </message>
    <message numerus="yes">
        <source>%n bad line(s) skipped:</source>
        <translation>
            <numerusform>%n ligne incorrecte ignorée&#xa0;:</numerusform>
            <numerusform>%n lignes incorrectes ignorées&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaboratorySection</name>
    <message>
        <source>Not set: reports say “{default}” in their own language</source>
        <translation>Non défini&#xa0;: les rapports indiquent «&#xa0;{default}&#xa0;» dans leur langue</translation>
    </message>
    <message>
        <source>Street
Postcode and town
Country</source>
        <translation>Rue
Code postal et ville
Pays</translation>
    </message>
    <message>
        <source>Letterhead of the reports</source>
        <translation>En-tête des rapports</translation>
    </message>
    <message>
        <source>Lab name:</source>
        <translation>Nom du laboratoire&#xa0;:</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Adresse postale&#xa0;:</translation>
    </message>
    <message>
        <source>The name heads every page of every report, in every language; the address goes under it on the first page. Up to 5 lines.</source>
        <translation>Le nom figure en tête de chaque page de chaque rapport, dans toutes les langues&#xa0;; l&apos;adresse figure dessous, en première page. 5 lignes au plus.</translation>
    </message>
    <message>
        <source> business day(s)</source>
        <translation> jour(s) ouvré(s)</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> jour(s)</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>&#xa0;h</translation>
    </message>
    <message>
        <source>Sellers&apos; logistics deadlines</source>
        <translation>Délais logistiques des vendeurs</translation>
    </message>
    <message>
        <source>Ship within:</source>
        <translation>Expédition sous&#xa0;:</translation>
    </message>
    <message>
        <source>after the order day (weekends and the seller&apos;s public holidays do not count)</source>
        <translation>après le jour de la commande (hors week-ends et jours fériés du pays du vendeur)</translation>
    </message>
    <message>
        <source>Deliver within:</source>
        <translation>Livraison sous&#xa0;:</translation>
    </message>
    <message>
        <source>of the order, counted in calendar days</source>
        <translation>après la commande, en jours calendaires</translation>
    </message>
    <message>
        <source>Order cut-off hour:</source>
        <translation>Heure limite de commande&#xa0;:</translation>
    </message>
    <message>
        <source>orders placed at or after this local hour count from the next business day</source>
        <translation>une commande passée à cette heure locale ou après compte à partir du jour ouvré suivant</translation>
    </message>
    <message>
        <source>Every order&apos;s on-time verdicts follow these at once; finalised audits keep the grade they were given.</source>
        <translation>Les verdicts de délai de chaque commande suivent aussitôt ces valeurs&#xa0;; les audits finalisés gardent le niveau qui leur a été attribué.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n setting(s) changed.</source>
        <translation>
            <numerusform>Enregistré&#xa0;: %n paramètre modifié.</numerusform>
            <numerusform>Enregistré&#xa0;: %n paramètres modifiés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>As this computer (%1)</source>
        <translation>Comme cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>Applies the next time labapp starts.</source>
        <translation>S&apos;applique au prochain démarrage de labapp.</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Langue de la fenêtre&#xa0;:</translation>
    </message>
    <message>
        <source>Saved. Language of the window at the next start: %1.</source>
        <translation>Enregistré. Langue de la fenêtre au prochain démarrage&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>labapp %1 — mystery-order audit lab</source>
        <translation>labapp %1 — laboratoire d&apos;audit par commandes mystères</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Bench</source>
        <translation>Banc de test</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation>Vendeurs</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>no phone attached</source>
        <translation>aucun téléphone branché</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Changer mon mot de passe…</translation>
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
        <source>Find an order (scan)</source>
        <translation>Trouver une commande (scan)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>About labapp</source>
        <translation>À propos de labapp</translation>
    </message>
    <message>
        <source>Audit %1 is past the bench, with the auditors: nothing to do here.</source>
        <translation>L&apos;audit %1 a quitté le banc, il est chez les auditeurs&#xa0;: rien à faire ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) attached</source>
        <translation>
            <numerusform>%n téléphone branché</numerusform>
            <numerusform>%n téléphones branchés</numerusform>
        </translation>
    </message>
    <message>
        <source>labapp %1
The mystery-order audit lab.</source>
        <translation>labapp %1
Le laboratoire d&apos;audit par commandes mystères.</translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <source>New mystery order</source>
        <translation>Nouvelle commande mystère</translation>
    </message>
    <message>
        <source>as listed, e.g. iPhone 12</source>
        <translation>comme sur l&apos;annonce, par ex. iPhone 12</translation>
    </message>
    <message>
        <source>the listing promises a premium battery</source>
        <translation>l&apos;annonce promet une batterie premium</translation>
    </message>
    <message>
        <source>low performance</source>
        <translation>performances insuffisantes</translation>
    </message>
    <message>
        <source>onboarding</source>
        <translation>intégration</translation>
    </message>
    <message>
        <source>re-audit</source>
        <translation>ré-audit</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>réclamation</translation>
    </message>
    <message>
        <source>Order ref</source>
        <translation>Réf. commande</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Storage (GB)</source>
        <translation>Stockage (Go)</translation>
    </message>
    <message>
        <source>Listed grade</source>
        <translation>Grade annoncé</translation>
    </message>
    <message>
        <source>Price (EUR)</source>
        <translation>Prix (EUR)</translation>
    </message>
    <message>
        <source>Why this audit</source>
        <translation>Motif de l&apos;audit</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandée le</translation>
    </message>
</context>
<context>
    <name>OrderQueueModel</name>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandée le</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>%1 %2 GB</source>
        <translation>%1 %2 Go</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Scan or type an order, tracking number, IMEI or seller — Enter opens it</source>
        <translation>Scannez ou tapez une commande, un numéro de suivi, un IMEI ou un vendeur — Entrée l&apos;ouvre</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendues</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>On the bench</source>
        <translation>Au banc</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>À relire</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalisées</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>Nouvelle commande…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%Ln commande</numerusform>
            <numerusform>%Ln commandes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password of %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Mot de passe actuel&#xa0;:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>At least %1 characters. It is kept only as a one-way hash.</source>
        <translation>Au moins %1 caractères. Il n&apos;est conservé que sous forme d&apos;empreinte irréversible.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>ProtocolView</name>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Severity if failed</source>
        <translation>Gravité en cas d&apos;échec</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Applies when</source>
        <translation>S&apos;applique si</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Loading the protocol…</source>
        <translation>Chargement du protocole…</translation>
    </message>
    <message>
        <source>Read-only. A protocol or policy changes by a new version of its file in audit_templates; audits keep the version they were graded with.</source>
        <translation>Lecture seule. Un protocole ou une politique change par une nouvelle version de son fichier dans audit_templates&#xa0;; chaque audit garde la version avec laquelle il a été évalué.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Sanction policy</source>
        <translation>Politique de sanctions</translation>
    </message>
    <message>
        <source>Protocol &lt;b&gt;{protocol}&lt;/b&gt;, version {version}: {checks} checks in {sections} sections. Sanction policy &lt;b&gt;{policy}&lt;/b&gt;, version {policy_version}.</source>
        <translation>Protocole &lt;b&gt;{protocol}&lt;/b&gt;, version {version}&#xa0;: {checks} contrôles en {sections} rubriques. Politique de sanctions &lt;b&gt;{policy}&lt;/b&gt;, version {policy_version}.</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>intact</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>endommagé</translation>
    </message>
    <message>
        <source>opened before arrival</source>
        <translation>ouvert avant l&apos;arrivée</translation>
    </message>
    <message>
        <source>an invoice came with the parcel or by e-mail</source>
        <translation>une facture est arrivée avec le colis ou par e-mail</translation>
    </message>
    <message>
        <source>e.g. cable, charger, case — comma-separated</source>
        <translation>par ex. câble, chargeur, coque — séparés par des virgules</translation>
    </message>
    <message>
        <source>amount asked beyond the price, e.g. 12.50</source>
        <translation>montant, par ex. 12,50</translation>
    </message>
    <message>
        <source>what for (customs, delivery…)</source>
        <translation>pour quoi (douane, livraison…)</translation>
    </message>
    <message>
        <source>Record reception</source>
        <translation>Enregistrer la réception</translation>
    </message>
    <message>
        <source>Start the bench (F4)</source>
        <translation>Passer au banc (F4)</translation>
    </message>
    <message>
        <source>The parcel</source>
        <translation>Le colis</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>Accessoires</translation>
    </message>
    <message>
        <source>Extra fees (EUR)</source>
        <translation>Frais supplémentaires (EUR)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <source>Photos of the parcel (drop files here)</source>
        <translation>Photos du colis (déposez les fichiers ici)</translation>
    </message>
    <message>
        <source>Open an order from the queue to record its parcel.</source>
        <translation>Ouvrez une commande de la liste pour enregistrer son colis.</translation>
    </message>
    <message>
        <source>Order %1 · %2 %3 GB, listed “%4” · seller %5</source>
        <translation>Commande %1 · %2 %3&#xa0;Go annoncé «&#xa0;%4&#xa0;» · vendeur %5</translation>
    </message>
    <message>
        <source>shipped %1 by %2, tracking %3</source>
        <translation>expédiée le %1 par %2, suivi %3</translation>
    </message>
    <message>
        <source>not shipped yet</source>
        <translation>pas encore expédiée</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>livrée le %1</translation>
    </message>
    <message>
        <source>not delivered yet</source>
        <translation>pas encore livrée</translation>
    </message>
    <message>
        <source>%1 · %2 KB</source>
        <translation>%1 · %2 Ko</translation>
    </message>
    <message>
        <source>Photos of the parcel</source>
        <translation>Photos du colis</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.webp)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.heic *.webp)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Awaiting review</source>
        <translation>Audits à relire</translation>
    </message>
    <message>
        <source>Choose an audit awaiting review.</source>
        <translation>Choisissez un audit à relire.</translation>
    </message>
    <message>
        <source>What the seller should improve, one point a line</source>
        <translation>Ce que le vendeur doit améliorer, un point par ligne</translation>
    </message>
    <message>
        <source>Save advice</source>
        <translation>Enregistrer les axes</translation>
    </message>
    <message>
        <source>Send back to the bench</source>
        <translation>Renvoyer au banc</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Finaliser</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Rectifier…</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyé</translation>
    </message>
    <message>
        <source>Report PDF…</source>
        <translation>Rapport PDF…</translation>
    </message>
    <message>
        <source>Workbook…</source>
        <translation>Classeur…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Seller&apos;s language:</source>
        <translation>Langue du vendeur&#xa0;:</translation>
    </message>
    <message>
        <source>Improvement advice</source>
        <translation>Axes d&apos;amélioration</translation>
    </message>
    <message>
        <source>Audit %1 · order %2 · seller %3 · %4 · tested by %5</source>
        <translation>Audit %1 · commande %2 · vendeur %3 · %4 · testé par %5</translation>
    </message>
    <message>
        <source>Rules that set the grade</source>
        <translation>Règles qui ont fixé le niveau</translation>
    </message>
    <message>
        <source>none: every check passed</source>
        <translation>aucune&#xa0;: tous les contrôles sont conformes</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx)</source>
        <translation>Classeur (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Report written to %1 (verification code %2)</source>
        <translation>Rapport écrit dans %1 (code de vérification %2)</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Génération du rapport</translation>
    </message>
</context>
<context>
    <name>SellerAuditsModel</name>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Audited</source>
        <translation>Audité le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>{state}, corrects #{audit}</source>
        <translation>{state}, rectifie l&apos;audit #{audit}</translation>
    </message>
    <message>
        <source>{grade} (not final)</source>
        <translation>{grade} (provisoire)</translation>
    </message>
</context>
<context>
    <name>SellerStandingsModel</name>
    <message>
        <source>Seller</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <source>Last grade</source>
        <translation>Dernier niveau</translation>
    </message>
    <message>
        <source>Last audit</source>
        <translation>Dernier audit</translation>
    </message>
    <message>
        <source>No finalised audit yet</source>
        <translation>Aucun audit finalisé pour l&apos;instant</translation>
    </message>
    <message>
        <source>Grade of the latest finalised audit, {day}</source>
        <translation>Niveau du dernier audit finalisé, le {day}</translation>
    </message>
    <message>
        <source>The latest audit, finalised or not</source>
        <translation>Le dernier audit, finalisé ou non</translation>
    </message>
</context>
<context>
    <name>SellersPage</name>
    <message>
        <source>Find a seller by marketplace ref or name</source>
        <translation>Trouver un vendeur par sa référence sur la place de marché ou son nom</translation>
    </message>
    <message>
        <source>Double-click an audit to open it</source>
        <translation>Double-cliquez sur un audit pour l&apos;ouvrir</translation>
    </message>
    <message numerus="yes">
        <source>%n seller(s)</source>
        <translation>
            <numerusform>%Ln vendeur</numerusform>
            <numerusform>%Ln vendeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a seller to see its audits and grades over time.</source>
        <translation>Choisissez un vendeur pour voir ses audits et l&apos;évolution de ses niveaux.</translation>
    </message>
    <message>
        <source>{ref} · {country} · {status} · {audits}</source>
        <translation>{ref} · {country} · {status} · {audits}</translation>
    </message>
    <message numerus="yes">
        <source>%n audit(s)</source>
        <translation>
            <numerusform>%Ln audit</numerusform>
            <numerusform>%Ln audits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Utilisateurs et rôles</translation>
    </message>
    <message>
        <source>Protocol and sanction policy</source>
        <translation>Protocole et politique de sanctions</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Who is at the bench?</source>
        <translation>Qui est au banc&#xa0;?</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>A new lab: type your name and choose your role.</source>
        <translation>Nouveau laboratoire&#xa0;: saisissez votre nom et choisissez votre rôle.</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <source>Trend figures</source>
        <translation>Chiffres des tendances</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Between these dates</source>
        <translation>Entre ces dates</translation>
    </message>
    <message>
        <source>All sellers</source>
        <translation>Tous les vendeurs</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Count again, with the audits finalised since</source>
        <translation>Recompter, avec les audits finalisés depuis</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write the nine charts (PNG) and trends.xlsx to a folder</source>
        <translation>Écrire les neuf graphiques (PNG) et trends.xlsx dans un dossier</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>The figures could not be counted.</source>
        <translation>Les chiffres n&apos;ont pas pu être calculés.</translation>
    </message>
    <message>
        <source>Counting the audits…</source>
        <translation>Décompte des audits…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Chargement annulé</translation>
    </message>
    <message>
        <source>Press Refresh, or change a filter, to count the figures for this choice.</source>
        <translation>Cliquez sur Actualiser, ou changez un filtre, pour calculer les chiffres de ce choix.</translation>
    </message>
    <message>
        <source>No finalised audits in this period.</source>
        <translation>Aucun audit finalisé sur cette période.</translation>
    </message>
    <message>
        <source>No finalised audits in this period</source>
        <translation>Aucun audit finalisé sur cette période</translation>
    </message>
    <message>
        <source>Only finalised and sent audits are counted. Choose a longer period, or all sellers and all models.</source>
        <translation>Seuls les audits finalisés et envoyés sont comptés. Choisissez une période plus longue, ou tous les vendeurs et tous les modèles.</translation>
    </message>
    <message numerus="yes">
        <source>%n finalised audit(s)</source>
        <translation>
            <numerusform>%Ln audit finalisé</numerusform>
            <numerusform>%Ln audits finalisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a failed check</source>
        <translation>
            <numerusform>%Ln avec un contrôle en échec</numerusform>
            <numerusform>%Ln avec un contrôle en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n graded surveillance or worse</source>
        <translation>
            <numerusform>%Ln classé surveillance ou plus</numerusform>
            <numerusform>%Ln classés surveillance ou plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the folder for the trend charts and workbook</source>
        <translation>Choisissez le dossier des graphiques de tendances et du classeur</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to {folder}</source>
        <translation>
            <numerusform>%n fichier écrit dans {folder}</numerusform>
            <numerusform>%n fichiers écrits dans {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the charts…</source>
        <translation>Écriture des graphiques…</translation>
    </message>
    <message>
        <source>Trend export</source>
        <translation>Export des tendances</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no — deactivated</source>
        <translation>non — désactivé</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <source>Change role</source>
        <translation>Changer de rôle</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Définir le mot de passe…</translation>
    </message>
    <message>
        <source>First and last name, as on the audits</source>
        <translation>Prénom et nom, comme sur les audits</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a lab user</source>
        <translation>Ajouter un utilisateur du laboratoire</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>A deactivated person stays on the audits they did but is no longer offered at the bench. The lab always keeps one active administrator. On a shared database, once anyone has a password, everyone signs in with theirs.</source>
        <translation>Une personne désactivée reste sur les audits qu&apos;elle a réalisés, mais n&apos;est plus proposée au banc. Le laboratoire garde toujours un administrateur actif. Sur une base partagée, dès qu&apos;une personne a un mot de passe, chacun se connecte avec le sien.</translation>
    </message>
    <message>
        <source>Select someone in the list to change them.</source>
        <translation>Sélectionnez une personne dans la liste pour la modifier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;, role:</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;, rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The database cannot be opened:
%1

Start labapp with --db URL to choose another one, or delete %2 to go back to the embedded database.</source>
        <translation>La base de données ne peut pas être ouverte&#xa0;:
%1

Lancez labapp avec --db URL pour en choisir une autre, ou supprimez %2 pour revenir à la base intégrée.</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (démo)</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>on the bench</source>
        <translation>au banc</translation>
    </message>
    <message>
        <source>awaiting review</source>
        <translation>à relire</translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>finalisé</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <source>Connected to {server}: a labapp database, up to date (schema {revision}).</source>
        <translation>Connecté à {server}&#xa0;: une base labapp à jour (schéma {revision}).</translation>
    </message>
    <message>
        <source>Connected to {server}: a labapp database at schema {revision}; labapp will bring it up to date when it next starts.</source>
        <translation>Connecté à {server}&#xa0;: une base labapp au schéma {revision}&#xa0;; labapp la mettra à jour à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Connected to {server}. The database is empty: labapp will create its tables when it next starts.</source>
        <translation>Connecté à {server}. La base est vide&#xa0;: labapp créera ses tables à son prochain démarrage.</translation>
    </message>
    <message>
        <source>There is no database file at {where} yet: labapp will create a new, empty one when it next starts.</source>
        <translation>Il n&apos;y a pas encore de fichier de base de données à {where}&#xa0;: labapp en créera un nouveau, vide, à son prochain démarrage.</translation>
    </message>
    <message>
        <source>This is not a database labapp can open ({detail}). Type postgresql://user@server:5432/database, or the path of an SQLite file.</source>
        <translation>Ce n&apos;est pas une base que labapp peut ouvrir ({detail}). Saisissez postgresql://utilisateur@serveur:5432/base, ou le chemin d&apos;un fichier SQLite.</translation>
    </message>
    <message>
        <source>Nothing answers at {where} (connection refused). Is the PostgreSQL server running there, and is the port right?</source>
        <translation>Rien ne répond à {where} (connexion refusée). Le serveur PostgreSQL y est-il lancé, et le port est-il le bon&#xa0;?</translation>
    </message>
    <message>
        <source>The server name in {where} is not known on this network. Check how the host is spelt.</source>
        <translation>Le nom de serveur de {where} est inconnu sur ce réseau. Vérifiez l&apos;orthographe de l&apos;hôte.</translation>
    </message>
    <message>
        <source>No answer from {where} within {seconds} seconds. Check the host, the port and any firewall between this computer and the server.</source>
        <translation>Pas de réponse de {where} en {seconds} secondes. Vérifiez l&apos;hôte, le port et tout pare-feu entre cet ordinateur et le serveur.</translation>
    </message>
    <message>
        <source>The server at {where} refused this user name or password. Check them with whoever runs the server.</source>
        <translation>Le serveur de {where} a refusé ce nom d&apos;utilisateur ou ce mot de passe. Vérifiez-les auprès de la personne qui gère le serveur.</translation>
    </message>
    <message>
        <source>The server at {where} answers, but has no database of that name. Correct the name, or ask for the database to be created.</source>
        <translation>Le serveur de {where} répond, mais n&apos;a pas de base de ce nom. Corrigez le nom, ou demandez la création de la base.</translation>
    </message>
    <message>
        <source>{where} is not an SQLite database file.</source>
        <translation>{where} n&apos;est pas un fichier de base SQLite.</translation>
    </message>
    <message>
        <source>Connected, but this database holds other tables and no labapp schema: it is not a labapp database. Choose an empty database or a labapp one.</source>
        <translation>Connecté, mais cette base contient d&apos;autres tables et aucun schéma labapp&#xa0;: ce n&apos;est pas une base labapp. Choisissez une base vide ou une base labapp.</translation>
    </message>
    <message>
        <source>Connected to {server}, but a newer labapp upgraded this database (schema {revision}). Install that version or newer to use it; this one will not touch it.</source>
        <translation>Connecté à {server}, mais une version plus récente de labapp a mis cette base à niveau (schéma {revision}). Installez cette version ou une plus récente pour l&apos;utiliser&#xa0;; celle-ci n&apos;y touchera pas.</translation>
    </message>
    <message>
        <source>Could not connect to {where}: {detail}</source>
        <translation>Connexion impossible à {where}&#xa0;: {detail}</translation>
    </message>
</context>
<context>
    <name>demo_phones</name>
    <message>
        <source>Simulated &amp;phones</source>
        <translation>Téléphones &amp;simulés</translation>
    </message>
    <message>
        <source>Unlock “%1”</source>
        <translation>Déverrouiller «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>grade</name>
    <message>
        <source>compliant</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>advisory</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>surveillance</source>
        <translation>surveillance</translation>
    </message>
    <message>
        <source>sales limitation</source>
        <translation>limitation des ventes</translation>
    </message>
    <message>
        <source>suspension</source>
        <translation>suspension</translation>
    </message>
    <message>
        <source>deregistration</source>
        <translation>déréférencement</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The phone service is not running</source>
        <translation>Le service des téléphones n&apos;est pas lancé</translation>
    </message>
    <message>
        <source>No phone is plugged in</source>
        <translation>Aucun téléphone n&apos;est branché</translation>
    </message>
    <message>
        <source>Several phones are plugged in</source>
        <translation>Plusieurs téléphones sont branchés</translation>
    </message>
    <message>
        <source>Unlock the phone</source>
        <translation>Déverrouillez le téléphone</translation>
    </message>
    <message>
        <source>Tap Trust on the phone</source>
        <translation>Touchez «&#xa0;Se fier&#xa0;» sur le téléphone</translation>
    </message>
    <message>
        <source>The phone refused this computer</source>
        <translation>Le téléphone a refusé cet ordinateur</translation>
    </message>
    <message>
        <source>Pair the phone again</source>
        <translation>Associez de nouveau le téléphone</translation>
    </message>
    <message>
        <source>Allow USB debugging on the phone</source>
        <translation>Autorisez le débogage USB sur le téléphone</translation>
    </message>
    <message>
        <source>The phone was unplugged during the reading</source>
        <translation>Le téléphone a été débranché pendant la lecture</translation>
    </message>
    <message>
        <source>The phone gave an answer the lab cannot read</source>
        <translation>Le téléphone a donné une réponse que le laboratoire ne sait pas lire</translation>
    </message>
    <message>
        <source>Start usbmuxd (iPhone) or the adb server (Android), then plug the phone in.</source>
        <translation>Lancez usbmuxd (iPhone) ou le serveur adb (Android), puis branchez le téléphone.</translation>
    </message>
    <message>
        <source>Plug the phone in with a data cable and unlock it.</source>
        <translation>Branchez le téléphone avec un câble de données et déverrouillez-le.</translation>
    </message>
    <message>
        <source>Choose the phone in the list of attached phones, then read it.</source>
        <translation>Choisissez le téléphone dans la liste des téléphones branchés, puis lisez-le.</translation>
    </message>
    <message>
        <source>Unlock the phone with its passcode, then read it again.</source>
        <translation>Déverrouillez le téléphone avec son code, puis relancez la lecture.</translation>
    </message>
    <message>
        <source>Unlock the phone and tap Trust on the &apos;Trust This Computer?&apos; dialog, then read it again.</source>
        <translation>Déverrouillez le téléphone et touchez «&#xa0;Se fier&#xa0;» dans la fenêtre «&#xa0;Se fier à cet ordinateur&#xa0;?&#xa0;», puis relancez la lecture.</translation>
    </message>
    <message>
        <source>Unplug the phone, plug it in again and tap Trust.</source>
        <translation>Débranchez le téléphone, rebranchez-le et touchez «&#xa0;Se fier&#xa0;».</translation>
    </message>
    <message>
        <source>Unplug the phone, plug it in again, unlock it and tap Trust.</source>
        <translation>Débranchez le téléphone, rebranchez-le, déverrouillez-le et touchez «&#xa0;Se fier&#xa0;».</translation>
    </message>
    <message>
        <source>Accept this computer on the phone (&apos;Allow USB debugging?&apos;), then read it again.</source>
        <translation>Acceptez cet ordinateur sur le téléphone («&#xa0;Autoriser le débogage USB&#xa0;?&#xa0;»), puis relancez la lecture.</translation>
    </message>
    <message>
        <source>Plug it in again and read it again: nothing was recorded.</source>
        <translation>Rebranchez-le et relancez la lecture&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Read it again; if it happens again, note the phone&apos;s model in the audit.</source>
        <translation>Relancez la lecture&#xa0;; si cela se reproduit, notez le modèle du téléphone dans l&apos;audit.</translation>
    </message>
    <message>
        <source>The phone could not be read</source>
        <translation>Le téléphone n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>{error}

Nothing half-done was saved. The details are in the log file (labapp --version shows where).</source>
        <translation>{error}

Rien n&apos;a été enregistré à moitié. Les détails sont dans le journal (labapp --version indique où).</translation>
    </message>
</context>
<context>
    <name>outcome</name>
    <message>
        <source>waiting for the reading</source>
        <translation>en attente de la lecture</translation>
    </message>
    <message>
        <source>Settled by the phone&apos;s reading: plug the phone in and press F5.</source>
        <translation>Déduit de la lecture du téléphone&#xa0;: branchez le téléphone et appuyez sur F5.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>non conforme</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>non testé</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>mineur</translation>
    </message>
    <message>
        <source>major</source>
        <translation>majeur</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
</context>
<context>
    <name>protocol</name>
    <message>
        <source>compliant</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>advisory</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>surveillance</source>
        <translation>surveillance</translation>
    </message>
    <message>
        <source>sales limitation</source>
        <translation>limitation des ventes</translation>
    </message>
    <message>
        <source>suspension</source>
        <translation>suspension</translation>
    </message>
    <message>
        <source>deregistration</source>
        <translation>déréférencement</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>mineure</translation>
    </message>
    <message>
        <source>major</source>
        <translation>majeure</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>order fact</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>device reading</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>constat</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choix</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{fact} is {value}</source>
        <translation>{fact} est {value}</translation>
    </message>
    <message>
        <source>{fact} is not {value}</source>
        <translation>{fact} n&apos;est pas {value}</translation>
    </message>
    <message>
        <source>{fact} is one of {value}</source>
        <translation>{fact} est l&apos;un de {value}</translation>
    </message>
    <message>
        <source>{fact} at least {value}</source>
        <translation>{fact} au moins {value}</translation>
    </message>
    <message>
        <source>{fact} at most {value}</source>
        <translation>{fact} au plus {value}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>(since {day})</source>
        <translation>(depuis le {day})</translation>
    </message>
    <message>
        <source>{limits} when {conditions}</source>
        <translation>{limits} si {conditions}</translation>
    </message>
    <message>
        <source>{severity} when {conditions}</source>
        <translation>{severity} si {conditions}</translation>
    </message>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>at least {count} {severity}</source>
        <translation>au moins {count} de gravité {severity}</translation>
    </message>
    <message>
        <source>failed checks: {reached}</source>
        <translation>contrôles en échec&#xa0;: {reached}</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>sinon</translation>
    </message>
    <message>
        <source>no rule above matches</source>
        <translation>aucune règle ci-dessus ne s&apos;applique</translation>
    </message>
    <message>
        <source>onboarding floor</source>
        <translation>plancher d&apos;intégration</translation>
    </message>
    <message>
        <source>a seller in onboarding graded {grade}</source>
        <translation>un vendeur en période d&apos;intégration classé {grade}</translation>
    </message>
    <message>
        <source>repeat offence</source>
        <translation>récidive</translation>
    </message>
    <message>
        <source>last finalised audit within {days} days was {previous} or worse, and this one is {grade} or worse</source>
        <translation>le dernier audit finalisé dans les {days} jours était classé {previous} ou plus, et celui-ci est {grade} ou plus</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) up, at most {cap}</source>
        <translation>
            <numerusform>relevé de %n niveau, au plus {cap}</numerusform>
            <numerusform>relevé de %n niveaux, au plus {cap}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>role</name>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>Quality manager</source>
        <translation>Responsable qualité</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>technician</source>
        <translation>technicien</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditeur</translation>
    </message>
    <message>
        <source>quality manager</source>
        <translation>responsable qualité</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
</context>
<context>
    <name>seller</name>
    <message>
        <source>onboarding</source>
        <translation>en intégration</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>under surveillance</source>
        <translation>sous surveillance</translation>
    </message>
    <message>
        <source>sales limited</source>
        <translation>ventes limitées</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>deregistered</source>
        <translation>déréférencé</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>ordered</source>
        <translation>commandée</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>expédiée</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>livrée</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <source>on the bench</source>
        <translation>au banc</translation>
    </message>
    <message>
        <source>awaiting review</source>
        <translation>à relire</translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>finalisée</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
</context>
</TS>
